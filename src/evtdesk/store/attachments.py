"""Attached files (scanned certificates), stored inside the encrypted database.

The text of an attached PDF is screened for personal identity numbers (below)."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.errors import LimitReachedError
from pypdf.generic import ContentStream, DictionaryObject, NameObject, StreamObject
from sqlalchemy import select

from evtdesk.entries.privacy import IdentityNumberFound, screen
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
        if media_type == "application/pdf":
            screen_pdf_file(filename, data)
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


# --- the text of an attached PDF ---------------------------------------------------------
# A certificate printed to PDF carries its text, and the report copies its pages whole, so
# the text is screened for personal identity numbers when the file is attached and again
# before the report copies it. pypdf reads each page's text, invisible text (an OCR layer)
# and the forms the page draws included; added to it are what pypdf leaves out: marked
# content's alternate text (/ActualText, /Alt), annotations' text and form fields' values.
# Images are not read (no OCR): a scan without a text layer is accepted as a PNG or JPEG
# is. Text that cannot be read (a font without a map to characters, a filter pypdf cannot
# undo, more than the limits below) is refused, never passed unread.

MAX_PDF_PAGES = 100  # a certificate is a page or two
# Decoded page and form content read, all pages: pypdf parses it at ~0.3 MB/s, and it is
# parsed twice (once below, once by pypdf's text extraction): ~3 s.
MAX_PDF_CONTENT = 512 * 1024
_MAX_FORM_DEPTH = 8
_MAX_FORMS = 1000  # drawn on one page; pypdf reads no text from forms past 5000
_SHOWS_TEXT = (b"Tj", b"TJ", b"'", b'"')
_TOO_MUCH = f"it holds more than {MAX_PDF_CONTENT // 1024} KB of page content"


class PdfTextUnreadable(LogbookError):
    """A PDF that opens but whose text cannot be read to screen it."""


def _unreadable(filename: str, page: int, why: str) -> PdfTextUnreadable:
    return PdfTextUnreadable(
        f"{filename}, page {page}: {why}, so EVTDesk cannot check that it holds no "
        "personal identity number."
    )


ATTACH_REFUSED = (
    "Print it to a new PDF and attach that, or attach a picture of it (PNG or JPEG). "
    "Nothing was attached."
)


class _Unreadable(Exception):
    """Why a page's text cannot be read; the caller names the file and page."""


def _resource(resources: Any, category: str, name: Any) -> Any:
    """`resources[category][name]`, resolved, or None."""
    try:
        return resources[category][name].get_object()
    except (KeyError, TypeError, AttributeError):
        return None


def _text(value: Any) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def _strings(values: Any) -> list[str]:
    """The strings among a dictionary's values (names are no text)."""
    if not isinstance(values, DictionaryObject):
        return []
    return [_text(v) for v in values.values() if _shown(v)]


def _shown(operand: Any) -> bool:
    """Whether an operand is or holds a string that is not empty."""
    if isinstance(operand, list):
        return any(map(_shown, operand))
    return (
        isinstance(operand, (str, bytes)) and not isinstance(operand, NameObject) and operand != ""
    )


def _unmapped(font: Any) -> bool:
    """A composite font whose codes map to no characters: pypdf would read glyph numbers."""
    if not isinstance(font, DictionaryObject) or font.get("/Subtype") != "/Type0":
        return False
    encoding = str(font.get("/Encoding"))
    return "/ToUnicode" not in font and "UCS2" not in encoding and "UTF16" not in encoding


class _Content:
    """What pypdf's text extraction leaves out of a page's content and the forms it draws:
    marked content's property strings. On the way, it spends the budget on the content
    pypdf will read, and refuses text that pypdf would read wrong or not at all."""

    def __init__(self, reader: PdfReader) -> None:
        self.reader = reader
        self.budget = MAX_PDF_CONTENT
        self.strings: list[str] = []
        self.forms = 0

    def page(self, page: PageObject) -> list[str]:
        self.strings, self.forms = [], 0
        content, resources = page.get_contents(), page.get("/Resources")
        if content is not None:
            self.read(content, None if resources is None else resources.get_object())
        return self.strings

    def read(
        self,
        content: ContentStream,
        resources: Any,
        drawing: tuple[int, ...] = (),
        unmapped: bool = False,
    ) -> None:
        """`unmapped`: the font in use maps no codes to characters (a form starts with
        the font of the content that draws it)."""
        self.budget -= len(content.get_data())
        if self.budget < 0:
            raise _Unreadable(_TOO_MUCH)
        for operands, operator in content.operations:
            if operator == b"Tf" and operands:
                unmapped = _unmapped(_resource(resources, "/Font", operands[0]))
            elif operator in _SHOWS_TEXT and any(map(_shown, operands)):
                if unmapped:
                    raise _Unreadable("its text is set in a font without a map to characters")
                if resources is None:  # pypdf reads no text without the fonts
                    raise _Unreadable("it draws text without naming its fonts")
            elif operator in (b"BDC", b"DP") and len(operands) == 2:
                found = operands[1]
                if isinstance(found, NameObject):
                    found = _resource(resources, "/Properties", found)
                self.strings += _strings(found)
            elif operator == b"Do" and operands:
                self.form(_resource(resources, "/XObject", operands[0]), drawing, unmapped)

    def form(self, xobject: Any, drawing: tuple[int, ...], unmapped: bool) -> None:
        if not isinstance(xobject, StreamObject) or xobject.get("/Subtype") != "/Form":
            return  # an image
        if id(xobject) in drawing:
            return  # a form drawing itself: pypdf reads it once, as here
        self.forms += 1
        if self.forms > _MAX_FORMS or len(drawing) >= _MAX_FORM_DEPTH:
            raise _Unreadable(f"it draws more than {_MAX_FORMS} forms, or nests them too deep")
        resources = xobject.get("/Resources")
        self.read(
            ContentStream(xobject, self.reader),
            None if resources is None else resources.get_object(),
            (*drawing, id(xobject)),
            unmapped,
        )


def _annotation_text(page: PageObject) -> list[str]:
    texts = []
    for annotation in page.get("/Annots") or ():
        annotation = annotation.get_object()
        if isinstance(annotation, DictionaryObject):
            texts += [_text(annotation[k]) for k in ("/Contents", "/V") if k in annotation]
    return texts


def open_pdf(data: bytes) -> PdfReader | None:
    """pypdf's reader of `data`, or None when it does not open as a PDF (damaged or
    encrypted): the report then shows a page saying so instead of the file's pages."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        return None if reader.is_encrypted else reader
    except Exception:
        return None


def pdf_page_texts(filename: str, reader: PdfReader) -> Iterator[tuple[int, str]]:
    """Each page's text with its number (from 1), within the limits; PdfTextUnreadable
    names the file and the page whose text cannot be read."""
    try:
        pages = len(reader.pages)
    except Exception:
        raise _unreadable(filename, 1, "its list of pages is damaged") from None
    if pages > MAX_PDF_PAGES:
        raise _unreadable(filename, MAX_PDF_PAGES + 1, f"it has more than {MAX_PDF_PAGES} pages")
    content = _Content(reader)
    for index in range(pages):
        try:
            page = reader.pages[index]
            texts = [*content.page(page), page.extract_text(), *_annotation_text(page)]
        except _Unreadable as reason:
            raise _unreadable(filename, index + 1, str(reason)) from None
        except LimitReachedError:
            raise _unreadable(filename, index + 1, _TOO_MUCH) from None
        except Exception as error:
            why = f"it is damaged or encoded in a way EVTDesk cannot read ({type(error).__name__})"
            raise _unreadable(filename, index + 1, why) from None
        yield index + 1, "\n".join(texts)


def _field_values(filename: str, reader: PdfReader) -> str:
    try:
        fields = reader.get_fields() or {}
        return "\n".join(_text(f["/V"]) for f in fields.values() if f.get("/V") is not None)
    except Exception:
        raise PdfTextUnreadable(
            f"{filename}: its form fields are damaged, so EVTDesk cannot check that they "
            "hold no personal identity number."
        ) from None


def screen_pdf(
    filename: str, pdf: bytes | PdfReader, outcome: str = "Its pages are not shown."
) -> None:
    """Refuse a PDF (its bytes, or pypdf's reader of them) whose text holds a personal
    identity number (LogbookError naming the file and page, never the number) or cannot
    be read (PdfTextUnreadable, also when pypdf cannot open it); `outcome` ends the
    message, saying what follows."""
    reader = open_pdf(pdf) if isinstance(pdf, bytes) else pdf
    try:
        if reader is None:
            raise PdfTextUnreadable(
                f"{filename} does not open as a PDF that EVTDesk can read, so EVTDesk cannot "
                "check that it holds no personal identity number."
            )
        for page, text in pdf_page_texts(filename, reader):
            screen(text, f"{filename}, page {page}")
        screen(_field_values(filename, reader), f"{filename}, a form field")
    except IdentityNumberFound as error:
        raise LogbookError(f"{error} {outcome}") from None
    except PdfTextUnreadable as error:
        raise PdfTextUnreadable(f"{error} {outcome}") from None


def screen_pdf_file(filename: str, data: bytes) -> None:
    """`screen_pdf` for the bytes of a file being attached. A file that does not open as a
    PDF is let through as before: the report shows a page saying so, never its pages."""
    reader = open_pdf(data)
    if reader is not None:
        screen_pdf(filename, reader, ATTACH_REFUSED)

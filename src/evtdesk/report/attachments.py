"""Scanned certificates appended to the report as pages.

A supervisor signs off items on the strength of certificates (courses, EXMINT), so each
attached file is shown in the report itself, with a caption naming the file, its size, the
start of its SHA-256 and the entry it belongs to. The file's bytes do not travel in the
bundle; `logbook.json` lists each attachment (in the same order, so "Bilaga 2" is its
second) with its entry id, full SHA-256 and size, and the manifest's hash of
`logbook.json` covers that list, so an appended page can be matched to a signed hash.

Images are scaled to fit a page. reportlab cannot import pages of another PDF, so an
attached PDF first gets one placeholder page per page, laid out (caption, running header,
footer, page numbers) by platypus like any other page; after the build, pyHanko (already
a dependency, for signing) copies the document into a fresh, single-revision file and
draws each source page into its placeholder as a form XObject. A file that cannot be read
(damaged, encrypted) gets a page saying so, with its full digest, instead of failing the
report; so does a PDF whose text holds a personal identity number or cannot be read to
check it (`store.attachments.screen_pdf`, run again here for files attached before their
text was screened): the page names the file and page, never the number.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from PIL import Image as PILImage
from PIL import ImageOps
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.rw_common import PdfHandler
from pyhanko.pdf_utils.writer import PdfFileWriter, copy_into_new_writer
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from evtdesk.entries.kinds import KINDS
from evtdesk.report.inputs import ReportInputs
from evtdesk.report.sections import RULE, Styles, esc, heading
from evtdesk.report.text import fmt_date, fmt_size, group_fingerprint, t
from evtdesk.store.attachments import screen_pdf


class PlacedPdfPage(Flowable):
    """A reserved box, the rest of the page, that one page of an attached PDF is drawn
    into after the build."""

    def __init__(self, data: bytes, index: int, size: tuple[float, float]) -> None:
        super().__init__()
        self.box_width = self.box_height = 0.0
        self.data, self.index, self.source_size = data, index, size
        self.page_number = 0
        self.target: tuple[float, float, float] = (0.0, 0.0, 1.0)  # x, y, scale

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.box_width, self.box_height = avail_width, avail_height - 1
        return self.box_width, self.box_height

    def draw(self) -> None:
        width, height = self.source_size
        scale = min(self.box_width / width, self.box_height / height)
        x = (self.box_width - width * scale) / 2
        y = self.box_height - height * scale
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.rect(x, y, width * scale, height * scale)
        self.page_number = self.canv.getPageNumber()
        ax, ay = self.canv.absolutePosition(x, y)
        self.target = (ax, ay, scale)


def _page_geometry(reader: PdfHandler, index: int) -> tuple[list[float], int]:
    page_ref, _ = reader.find_page_for_modification(index)
    page = page_ref.get_object()
    node: Any = page
    box = rotate = None
    while node is not None and (box is None or rotate is None):
        box = box if box is not None else node.get("/MediaBox")
        rotate = rotate if rotate is not None else node.get("/Rotate")
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    if box is None:
        raise PdfReadError(f"page {index + 1} has no MediaBox")
    return [float(v) for v in box], int(rotate or 0) % 360


def _displayed(box: list[float], rotate: int) -> tuple[float, float]:
    width, height = box[2] - box[0], box[3] - box[1]
    return (height, width) if rotate in (90, 270) else (width, height)


class FittedImage(Flowable):
    """An image scaled to the rest of the page, centred, with a hairline border so a
    white scan's edge is visible. Phone scans carry an EXIF orientation that is applied
    first, or the certificate would appear on its side."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        with PILImage.open(io.BytesIO(data)) as img:
            img.load()
            if img.getexif().get(0x0112, 1) != 1:
                upright = ImageOps.exif_transpose(img)
                buffer = io.BytesIO()
                upright.save(buffer, format="PNG")
                data = buffer.getvalue()
                self.size = upright.size
            else:
                self.size = img.size
        self.reader = ImageReader(io.BytesIO(data))
        self.box = (0.0, 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.box = (avail_width, avail_height - 1)
        return self.box

    def draw(self) -> None:
        (box_w, box_h), (w, h) = self.box, self.size
        scale = min(box_w / w, box_h / h)
        x, y = (box_w - w * scale) / 2, box_h - h * scale
        self.canv.drawImage(self.reader, x, y, w * scale, h * scale)
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.rect(x, y, w * scale, h * scale)


def entry_reference(entry_id: str | None, inputs: ReportInputs) -> str:
    """Which entry an attachment belongs to, as the entry tables show it: kind and row
    number ("Kurs nr 3"), date, and the case number or title."""
    lang = inputs.language
    if entry_id is None:
        return t("attachment_no_entry", lang)
    same_kind: dict[str, int] = {}
    for entry in inputs.snapshot.entries:
        same_kind[entry.kind] = same_kind.get(entry.kind, 0) + 1
        if entry.id == entry_id:
            label = next((k.label(lang) for k in KINDS if k.id == entry.kind), entry.kind)
            named = entry.case_number or str(entry.fields.get("title") or "")
            detail = ", ".join(x for x in (fmt_date(entry.date), named) if x)
            return t(
                "attachment_entry", lang, entry=f"{label} nr {same_kind[entry.kind]} – {detail}"
            )
    return t("attachment_entry", lang, entry=t("attachment_missing_entry", lang, id=entry_id))


def attachment_pages(
    inputs: ReportInputs, styles: Styles
) -> tuple[list[Flowable], list[PlacedPdfPage]]:
    """Flowables for every attached file and the PDF pages to draw in after the build."""
    language = inputs.language
    story: list[Flowable] = [heading(t("attachments", language), styles.h1)]
    placed: list[PlacedPdfPage] = []
    for n, item in enumerate(inputs.attachments, start=1):
        name = t("attachment_title", language, n=n, filename=item.filename)
        size, sha = fmt_size(item.size), group_fingerprint(item.sha256[:16])
        caption = " · ".join(
            (
                t("attachment_caption", language, size=size, sha=sha),
                entry_reference(item.entry_id, inputs),
            )
        )
        title = heading(name, styles.h2, level=1)
        if n > 1:
            story.append(PageBreak())
        try:
            if item.media_type == "application/pdf" or item.data.startswith(b"%PDF-"):
                reader = PdfFileReader(io.BytesIO(item.data), strict=False)
                if reader.encrypted:
                    raise PdfReadError("encrypted PDF")
                pages = int(reader.root["/Pages"]["/Count"])
                slots = []
                scratch = PdfFileWriter()  # import every page now, so the merge cannot fail later
                for index in range(pages):
                    box, rotate = _page_geometry(reader, index)
                    scratch.import_page_as_xobject(reader, index)
                    slots.append(PlacedPdfPage(item.data, index, _displayed(box, rotate)))
                # Screened again, for a file attached before its text was: a page holding
                # an identity number, or text that cannot be read, copies no page at all.
                screen_pdf(item.filename, item.data)
                for index, slot in enumerate(slots):
                    page_note = t("attachment_page", language, page=index + 1, pages=pages)
                    if index:
                        story.append(PageBreak())
                    if index == 0:
                        story += [title, Paragraph(esc(f"{caption} · {page_note}"), styles.small)]
                    else:  # a later page still says which attachment it is
                        story.append(
                            Paragraph(esc(f"{name} · {caption} · {page_note}"), styles.small)
                        )
                    story += [Spacer(1, 4), slot]
                placed += slots
            else:
                story += [
                    title,
                    Paragraph(esc(caption), styles.small),
                    Spacer(1, 6),
                    FittedImage(item.data),
                ]
        except Exception as error:
            reason = str(error) or type(error).__name__
            story += [
                title,
                Paragraph(esc(caption), styles.small),
                Spacer(1, 6),
                Paragraph(
                    esc(
                        t(
                            "attachment_unreadable",
                            language,
                            reason=reason,
                            sha=group_fingerprint(item.sha256),
                        )
                    ),
                    styles.body,
                ),
            ]
    return story, placed


def _matrix(box: list[float], rotate: int, x: float, y: float, s: float) -> tuple[float, ...]:
    """The cm operator mapping a source page (MediaBox, /Rotate) onto the target box."""
    llx, lly, urx, ury = box
    w0, h0 = urx - llx, ury - lly
    if rotate == 90:
        return (0, -s, s, 0, x - s * lly, y + s * w0 + s * llx)
    if rotate == 180:
        return (-s, 0, 0, -s, x + s * w0 + s * llx, y + s * h0 + s * lly)
    if rotate == 270:
        return (0, s, -s, 0, x + s * h0 + s * lly, y - s * llx)
    return (s, 0, 0, s, x - s * llx, y - s * lly)


def stamp_pdf_pages(pdf: bytes, placed: Sequence[PlacedPdfPage]) -> bytes:
    """Draw each attached PDF page into its placeholder; one clean revision results."""
    reader = PdfFileReader(io.BytesIO(pdf))
    writer = copy_into_new_writer(reader)
    # Keep the report deterministic: reuse reportlab's (invariant) document id and leave
    # the info dictionary as reportlab wrote it, instead of pyHanko's random id and "now".
    writer._document_id = reader.trailer["/ID"]
    writer._update_meta = lambda: None  # type: ignore[method-assign]
    sources: dict[int, PdfFileReader] = {}
    for n, slot in enumerate(placed):
        source = sources.setdefault(
            id(slot.data), PdfFileReader(io.BytesIO(slot.data), strict=False)
        )
        box, rotate = _page_geometry(source, slot.index)
        xobject = writer.import_page_as_xobject(source, slot.index)
        page_ref, resources = writer.find_page_for_modification(slot.page_number - 1)
        page = page_ref.get_object()
        name = generic.NameObject(f"/EVTDeskAttachment{n}")
        xobjects = resources.get("/XObject")
        if xobjects is None:
            xobjects = resources["/XObject"] = generic.DictionaryObject()
        xobjects.get_object()[name] = xobject
        x, y, scale = slot.target
        cm = " ".join(f"{v:.4f}" for v in _matrix(box, rotate, x, y, scale))
        before = writer.add_object(generic.StreamObject(stream_data=b"q\n"))
        after = writer.add_object(
            generic.StreamObject(stream_data=f"\nQ\nq {cm} cm {name} Do Q\n".encode())
        )
        contents = page["/Contents"]
        existing = (
            list(contents)
            if isinstance(contents, generic.ArrayObject)
            else [page.raw_get("/Contents")]
        )
        page["/Contents"] = generic.ArrayObject([before, *existing, after])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

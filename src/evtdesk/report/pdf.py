"""Assemble the report: page templates, running header and footer, the build.

The supervisor signs on the strength of this document, so every page says whose logbook
it is (header), which exported bundle it belongs to (footer) and where it sits in the
whole ("Sida 3 av 17"), and a page torn out of a printout can be traced. Entry tables use
landscape pages; everything else is portrait A4.

The output is deterministic for the same inputs (reportlab's invariant mode, the creation
time taken from the inputs), so two reports of the same bundle can be compared byte for
byte, and it is one clean PDF revision, ready for the bundle code to sign.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import SupportsIndex

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from evtdesk.report import approval as approval_section
from evtdesk.report import attachments as attach
from evtdesk.report import entries as entry_tables
from evtdesk.report import progress as progress_section
from evtdesk.report import quality as quality_section
from evtdesk.report import sections
from evtdesk.report.appendix import Appendix
from evtdesk.report.fonts import Fonts, register_fonts
from evtdesk.report.inputs import ReportInputs
from evtdesk.report.page_canvas import numbered_canvas
from evtdesk.report.text import t

MARGIN = 16 * mm
HEADER_GAP = 9 * mm  # room for the running header and footer inside the margins


def _numbered_canvas(inputs: ReportInputs, fonts: Fonts) -> type[Canvas]:
    """The report's header, footer and "page n of N" (`page_canvas`)."""
    language = inputs.language
    return numbered_canvas(
        t("header", language, name=inputs.trainee_name),
        t("footer_bundle", language, bundle=inputs.bundle_id),
        lambda page, pages: t("page_of", language, page=page, pages=pages),
        inputs.created,
        fonts,
        margin=MARGIN,
    )


class LazyStory(list):  # type: ignore[type-arg]
    """A story that makes its flowables only as reportlab consumes them.

    reportlab takes flowables from the front of the list (`del story[0]`), looks a few
    ahead (headings kept with what follows) and puts split parts back at the front; this
    list keeps `WINDOW` flowables ready and refills from `more` after every deletion, so
    the entry tables of a long logbook exist a few at a time, not all at once. The PDF is
    the same: the same flowables, in the same order."""

    WINDOW = 64

    def __init__(self, first: Iterable[Flowable], more: Iterator[Flowable]) -> None:
        super().__init__(first)
        self._more: Iterator[Flowable] | None = more
        self._fill()

    def _fill(self) -> None:
        while self._more is not None and list.__len__(self) < self.WINDOW:
            following = next(self._more, None)
            if following is None:
                self._more = None
            else:
                list.append(self, following)

    def __delitem__(self, index: SupportsIndex | slice) -> None:
        super().__delitem__(index)
        self._fill()


class _ReportDoc(BaseDocTemplate):
    """Portrait and landscape templates; headings become PDF bookmarks."""

    def __init__(self, buffer: io.BytesIO, inputs: ReportInputs, fonts: Fonts) -> None:
        named = " ".join(x for x in (inputs.curriculum_id, inputs.curriculum_version) if x)
        curriculum = f"{inputs.curriculum_title} ({named})"
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            invariant=1,
            title=f"{t('title', inputs.language)} – {inputs.trainee_name}",
            author=inputs.trainee_name,
            subject=curriculum,
            creator="EVTDesk",
            producer="EVTDesk (reportlab)",
            keywords=[inputs.bundle_id],
            initialFontName=fonts.regular,
            initialFontSize=9,
            lang="sv-SE" if inputs.language == "sv" else "en-GB",
        )
        templates = []
        for name, size in (("portrait", A4), ("landscape", landscape(A4))):
            frame = Frame(
                MARGIN,
                MARGIN,
                size[0] - 2 * MARGIN,
                size[1] - 2 * MARGIN,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=name,
            )
            templates.append(PageTemplate(id=name, frames=[frame], pagesize=size))
        self.addPageTemplates(templates)

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            title, level = outline
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)


def portrait_width() -> float:
    return A4[0] - 2 * MARGIN


def landscape_size() -> tuple[float, float]:
    width, height = landscape(A4)
    return width - 2 * MARGIN, height - 2 * MARGIN


def portrait_size() -> tuple[float, float]:
    return A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN


def build_report(inputs: ReportInputs) -> bytes:
    """The report as PDF bytes (one revision, fonts embedded, deterministic)."""
    fonts = register_fonts()
    styles = sections.make_styles(fonts)
    appendix = Appendix(inputs.language, inputs.snapshot.entries)
    story: list[Flowable] = []
    story += sections.cover(inputs, styles, portrait_width(), appendix)
    story += [PageBreak()]
    story += progress_section.progress(inputs, styles, portrait_width(), appendix)
    story += approval_section.approval(inputs, styles, portrait_width(), appendix)
    story += quality_section.quality(inputs, styles, portrait_width())
    tables: Iterator[Flowable] = iter(())
    if inputs.snapshot.entries:
        story += [NextPageTemplate("landscape"), PageBreak()]
        tables = entry_tables.entry_sections(inputs, styles, landscape_size()[0], appendix)
    placed: list[attach.PlacedPdfPage] = []
    attached: list[Flowable] = []
    if inputs.attachments:
        flowables, placed = attach.attachment_pages(inputs, styles)
        attached = [PageBreak(), *flowables]

    def rest() -> Iterator[Flowable]:
        """After the entry tables, made once reportlab reaches them, so the appendix knows
        every text the pages before it cut (`Appendix.flowables`)."""
        if inputs.snapshot.entries:
            yield NextPageTemplate("portrait")
        yield PageBreak()
        yield from sections.attestations(inputs, styles, portrait_width(), appendix)
        if appendix:
            yield PageBreak()
            yield from appendix.flowables(styles, portrait_width())
        yield from attached

    buffer = io.BytesIO()
    doc = _ReportDoc(buffer, inputs, fonts)
    maker: Callable[..., Canvas] = _numbered_canvas(inputs, fonts)
    doc.build(LazyStory(story, itertools.chain(tables, rest())), canvasmaker=maker)
    pdf = buffer.getvalue()
    if placed:
        pdf = attach.stamp_pdf_pages(pdf, placed)
    return pdf

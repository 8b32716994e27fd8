"""The canvas every EVTDesk PDF is drawn on: a header and a footer on each page and
"page n of N", which reportlab can only write once the last page is known (its own
recipe: each page is held back, then decorated and written when the document is saved).

One canvas for the report, the readiness checklist and the documents a supervisor signs,
so the three keep the same look and the same byte-for-byte determinism: an invariant
document and the creation date fixed by the caller, never the machine clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from evtdesk.report.fonts import Fonts

MARGIN = 16 * mm


def numbered_canvas(
    header: str,
    footer: str,
    page_text: Callable[[int, int], str],
    created: datetime,
    fonts: Fonts,
    gap: float = 4 * mm,
    margin: float = MARGIN,
) -> type[Canvas]:
    """A canvas class writing `header` above and `footer` below each page's text, with
    `page_text(page, pages)` at the bottom right; `gap` is how far they stand from the
    margin (the header that far above it, the footer that far and 2 mm more below)."""
    stamp = created.strftime("D:%Y%m%d%H%M%S+00'00'")

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            # reportlab's own attributes (the "page n of N" recipe), absent from its stubs
            self._doc.setDateFormatter(lambda *_: stamp)  # type: ignore[attr-defined]

        def showPage(self) -> None:
            state = dict(self.__dict__)
            # A page's operators as one string, not tens of thousands of small ones: the
            # bytes written are the same (reportlab joins them with newlines), and held
            # back for 50 000 entries the small strings took a few hundred MB.
            if state["_code"]:
                state["_code"] = ["\n".join(state["_code"])]
            self._pages.append(state)
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize  # type: ignore[attr-defined]
            self.saveState()
            self.setFillGray(0.3)
            self.setStrokeGray(0.6)
            self.setLineWidth(0.4)
            self.setFont(fonts.regular, 7.5)
            top = height - margin + gap
            self.drawString(margin, top, header)
            self.line(margin, top - 1.5 * mm, width - margin, top - 1.5 * mm)
            bottom = margin - gap - 2 * mm
            self.line(margin, bottom + 3.5 * mm, width - margin, bottom + 3.5 * mm)
            self.drawString(margin, bottom, footer)
            self.setFont(fonts.bold, 7.5)
            page = page_text(self._pageNumber, total)  # type: ignore[attr-defined]
            self.drawRightString(width - margin, bottom, page)
            self.restoreState()

    return NumberedCanvas

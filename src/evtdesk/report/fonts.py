"""Embedded TrueType fonts for the report.

The 14 standard PDF fonts are not embedded and cannot show every character a Swedish
logbook holds, so a supervisor's viewer could substitute glyphs. The report therefore
only ever uses TrueType fonts, which reportlab subsets and embeds (each font dictionary
gets a FontFile2): DejaVu where the system has it (it has a condensed cut that keeps wide
entry tables readable, and a monospace cut for key fingerprints), otherwise the Bitstream
Vera fonts that ship inside reportlab, which also cover åäöÅÄÖ.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DEJAVU_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
VERA_DIR = Path(reportlab.__file__).parent / "fonts"

# font role -> (DejaVu file, Vera fallback file)
_FILES: dict[str, tuple[str, str]] = {
    "regular": ("DejaVuSans.ttf", "Vera.ttf"),
    "bold": ("DejaVuSans-Bold.ttf", "VeraBd.ttf"),
    "italic": ("DejaVuSans-Oblique.ttf", "VeraIt.ttf"),
    "bold_italic": ("DejaVuSans-BoldOblique.ttf", "VeraBI.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "Vera.ttf"),
    "condensed_bold": ("DejaVuSansCondensed-Bold.ttf", "VeraBd.ttf"),
    "condensed_italic": ("DejaVuSansCondensed-Oblique.ttf", "VeraIt.ttf"),
    "mono": ("DejaVuSansMono.ttf", "Vera.ttf"),
}


@dataclass(frozen=True)
class Fonts:
    """Registered font names by role; `family` and `condensed_family` map <b>/<i> markup."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    condensed: str
    condensed_bold: str
    condensed_italic: str
    mono: str
    family: str
    condensed_family: str
    source: str  # "DejaVu" or "Vera", for the colophon and tests

    @property
    def arrow(self) -> str:
        """ "Old → new" needs U+2192, which Vera lacks; never let a glyph go missing."""
        return "→" if self.source == "DejaVu" else "->"


def _find(dejavu: str, vera: str) -> tuple[Path, str]:
    for folder in DEJAVU_DIRS:
        candidate = folder / dejavu
        if candidate.is_file():
            return candidate, "DejaVu"
    return VERA_DIR / vera, "Vera"


@cache
def register_fonts() -> Fonts:
    """Register the report fonts once per process and return their names.

    All roles come from one source (all DejaVu or all Vera) so a report never mixes
    designs when one DejaVu cut happens to be missing.
    """
    found = {role: _find(*files) for role, files in _FILES.items()}
    source = "DejaVu" if all(src == "DejaVu" for _, src in found.values()) else "Vera"
    names: dict[str, str] = {}
    for role, (_dejavu, vera) in _FILES.items():
        path = found[role][0] if source == "DejaVu" else VERA_DIR / vera
        name = f"EVTDesk-{source}-{role}"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        names[role] = name
    family = f"EVTDesk-{source}"
    condensed_family = f"EVTDesk-{source}-Condensed"
    pdfmetrics.registerFontFamily(
        family,
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bold_italic"],
    )
    pdfmetrics.registerFontFamily(
        condensed_family,
        normal=names["condensed"],
        bold=names["condensed_bold"],
        italic=names["condensed_italic"],
        boldItalic=names["condensed_bold"],
    )
    return Fonts(
        regular=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        bold_italic=names["bold_italic"],
        condensed=names["condensed"],
        condensed_bold=names["condensed_bold"],
        condensed_italic=names["condensed_italic"],
        mono=names["mono"],
        family=family,
        condensed_family=condensed_family,
        source=source,
    )

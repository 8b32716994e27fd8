"""The icon files the installers and the window use exist, at the sizes each asks for.

They are rendered from the SVGs by scripts/build-icons and committed; a missing size
shows as a blurred or generic icon only on the system that wants it, so it is checked
here rather than found by a user.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from evtdesk import resources

NAMES = [
    "evtdesk",
    "application-x-evtdesk-logbook",
    "application-x-evtdesk-bundle",
    "application-x-evtdesk-attestation",
]
ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


@pytest.mark.parametrize("name", NAMES)
def test_each_icon_has_every_size(name: str) -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"{name}-{size}.png") as png:
            assert png.size == (size, size)
            assert png.mode == "RGBA"
    with Image.open(ICONS / f"{name}.ico") as ico:  # Windows: Explorer, Start menu
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= ico.info["sizes"]
    with Image.open(ICONS / f"{name}.icns") as icns:  # macOS: Finder, Dock
        assert {(16, 16, 2), (128, 128, 1), (512, 512, 2)} <= set(icns.info["sizes"])


def test_the_small_app_icon_is_not_blank() -> None:
    # 16 px is where a badly scaled drawing disappears: the tile and the white vessel
    # must both be there.
    with Image.open(resources.path("icons", "evtdesk-16.png")) as png:
        colours = {png.getpixel((x, y)) for x in range(16) for y in range(16)}
    assert any(a == 255 and b > 100 and r < 60 for r, g, b, a in colours)  # teal tile
    assert any(a == 255 and min(r, g, b) > 200 for r, g, b, a in colours)  # white vessel

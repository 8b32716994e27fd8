"""Tooltips that show a text as it was written.

Qt shows a tooltip that looks like HTML as HTML. Much of what EVTDesk puts in a tooltip
was written by someone else — a trainee's notes and proposals, a statement in a bundle,
possibly forged — and must never become a link, an image or a bold "approved" there.
"""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip that Qt cannot read as markup (line breaks kept)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"

"""The verdict at the top of a bundle's view: green, amber or red, and why.

* green — the signature verifies with a key you trust and every file checks out;
* amber — the signature verifies and the files check out, but the key is not one you
  trust yet: compare the fingerprint with the trainee, then "Trust this key…";
* red — something does not check out; every reason is listed.

Apart from the dialog because the banner is the one thing a supervisor must read right:
its state comes from the verdict alone (`verdict_state`), never from the signer's name.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from evtdesk.exchange import BundleView
from evtdesk.ui.exchange.common import grouped_fingerprint, mono_font

VERIFIED, UNTRUSTED, INVALID = "verified", "untrusted", "invalid"
BANNER_STYLES = {
    VERIFIED: ("#e6f4ea", "#1e7b34", "#0d3d1a"),
    UNTRUSTED: ("#fff4e0", "#b36b00", "#4d2e00"),
    INVALID: ("#fde8e7", "#b3261e", "#5c120e"),
}


def verdict_state(view: BundleView) -> str:
    """Green, amber or red for a verified bundle (see the module's docstring)."""
    verdict = view.verdict
    if verdict.valid and verdict.trusted:
        return VERIFIED
    # Everything checked out but the key: verify_bundle hands back the logbook only then.
    if not verdict.trusted and getattr(verdict, "logbook", None) is not None:
        return UNTRUSTED
    return INVALID


class VerdictBanner(QFrame):
    """The coloured verdict with its reasons, the key's fingerprint and, for an intact
    bundle under a key not yet trusted, the button to trust it."""

    trust_requested = Signal()

    def __init__(self, view: BundleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.state = verdict_state(view)
        verdict = view.verdict
        background, border, text = BANNER_STYLES[self.state]
        self.setStyleSheet(
            f"#verdictBanner {{ background: {background}; border: 2px solid {border};"
            " border-radius: 6px; }"
            f" #verdictBanner QLabel {{ color: {text}; background: transparent; }}"
        )
        self.setProperty("verdict", self.state)
        signer = verdict.signer_name or ""
        if self.state == VERIFIED:
            heading = self.tr(
                "✔ Verified: signed by {name}, whom you trust, and nothing was changed."
            ).format(name=signer)
        elif self.state == UNTRUSTED:
            heading = self.tr("⚠ The signature is intact, but you do not trust this key yet.")
        else:
            heading = self.tr("✖ Do not rely on this bundle: it does not check out.")
        self.heading = QLabel(
            f"<span style='font-size:15pt; font-weight:600'>{html.escape(heading)}</span>"
        )
        self.heading.setObjectName("verdictHeading")
        self.heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        self.reasons_label = QLabel()
        self.reasons_label.setObjectName("verdictReasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.state == INVALID:
            reasons = verdict.reasons or (self.tr("the bundle could not be verified"),)
            self.reasons_label.setText(
                "<ul style='margin:0'>"
                + "".join(f"<li>{html.escape(r)}</li>" for r in reasons)
                + "</ul>"
            )
            layout.addWidget(self.reasons_label)
        elif self.state == UNTRUSTED and verdict.signer_role is not None:
            # A key the reader trusts, but not as a trainee's: say so, offer no trusting.
            self.reasons_label.setText(html.escape(" ".join(verdict.reasons)))
            layout.addWidget(self.reasons_label)
        elif self.state == UNTRUSTED:
            self.reasons_label.setText(
                html.escape(
                    self.tr(
                        "Compare this fingerprint with the one the trainee reads from "
                        "My key in their "
                        "EVTDesk. "
                        "Trust the key only if every group matches."
                    )
                )
            )
            layout.addWidget(self.reasons_label)
        self.fingerprint_label = QLabel(
            grouped_fingerprint(verdict.fingerprint) if verdict.fingerprint else ""
        )
        self.fingerprint_label.setObjectName("fingerprint")
        self.fingerprint_label.setFont(mono_font(14, bold=True))
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setAccessibleName(verdict.fingerprint)
        self.trust_button = QPushButton(self.tr("&Trust this key…"))
        self.trust_button.setObjectName("trustKeyButton")
        self.trust_button.clicked.connect(self.trust_requested)
        row = QHBoxLayout()
        if verdict.fingerprint:
            caption = QLabel(self.tr("Key fingerprint:"))
            row.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(self.fingerprint_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        if self.state == UNTRUSTED and verdict.signer_role is None:
            row.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignBottom)
        else:
            self.trust_button.hide()
        layout.addLayout(row)

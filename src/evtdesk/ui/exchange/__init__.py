"""The signed-bundle screens: my key, trusted keys, export, the supervisor's view of a
bundle, attesting, and importing an attestation.

All the work is done by `evtdesk.exchange`; these widgets only ask, show and report.
`install_exchange_actions(main_window)` (in `actions`) puts them in the menus.
"""

from __future__ import annotations

__all__ = ["install_exchange_actions"]


def install_exchange_actions(window):  # type: ignore[no-untyped-def]
    from evtdesk.ui.exchange.actions import install_exchange_actions as install

    return install(window)

"""The approval and supervision screens: the examination week on a laptop, the sites and
supervisors as the guidance judges them, and the supervisor's measures and the yearly
evaluations. All the work is done by `evtdesk.training` and the store; these widgets
only ask, show and report. `install_approval_actions(main_window)` puts them in the
Edit menu."""

from __future__ import annotations

__all__ = ["install_approval_actions"]


def install_approval_actions(window):  # type: ignore[no-untyped-def]
    from evtdesk.ui.approval.actions import install_approval_actions as install

    return install(window)

"""What lets an approval dialog outlive a lock: the window holds every visible dialog
that can be rebound (`ui.window.locking`), and on the next unlock of the same logbook
the dialog carries on in the new session — a case half typed in the examination week,
a site's numbers or a measure's note stay as they were, the lists are read again."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from evtdesk.ui.session import LogbookSession


class HeldThroughLock:
    """Mixed into a dialog that keeps `session`, connects `session.changed` to its
    `refresh`, and shows the session's logbook there."""

    session: LogbookSession
    refresh: Callable[[], None]

    def rebind(self, session: LogbookSession) -> None:
        """Carry on in `session`, the logbook unlocked again."""
        with suppress(RuntimeError, TypeError):  # the old session may already be gone
            self.session.changed.disconnect(self.refresh)
        self.session = session
        session.changed.connect(self.refresh)
        self.refresh()

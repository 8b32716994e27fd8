"""Before a logbook is open: the start (and unlock) screen, creating a logbook, and
the one-time recovery code."""

from evtdesk.ui.start.create_dialog import CreateLogbookDialog
from evtdesk.ui.start.recovery_dialog import RecoveryCodeDialog
from evtdesk.ui.start.start_screen import StartScreen
from evtdesk.ui.start.strength import Strength, estimate

__all__ = ["CreateLogbookDialog", "RecoveryCodeDialog", "StartScreen", "Strength", "estimate"]

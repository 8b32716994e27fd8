"""The panels of the main window: navigator, logbook table (entries) and their helpers.

Each panel takes the `LogbookSession`, refreshes on `session.changed`, rebuilds text made
from core data on `session.language_changed` and retranslates its `tr()` strings on
`QEvent.LanguageChange`.
"""

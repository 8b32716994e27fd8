"""Logbook entries before they are stored: the kinds and their fields (`kinds`), checking
what a user typed or imported (`validation`), and the screen that keeps patients'
identity numbers out of every free text (`privacy`)."""

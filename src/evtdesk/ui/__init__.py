"""The PySide6 desktop app. It only presents the core (`evtdesk.store`, `evtdesk.curriculum`,
`evtdesk.bundle`); everything it does, the core can do in a test without a window."""

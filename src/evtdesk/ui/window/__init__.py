"""The main window's flows, each in its module: unlocking a logbook, locking it, and the
long commands on an open one. `evtdesk.ui.main_window.MainWindow` joins them."""

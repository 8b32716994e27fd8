"""`evtdesk-app [LOGBOOK]`: start the desktop app.

Without an argument, the most recent logbook is selected on the start screen (or the
first in the data folder, `ui.paths.data_dir()`: `~/.local/share/evtdesk` on Linux,
where `scripts/start` puts `demo.evtlog`).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from evtdesk.ui import i18n, settings
from evtdesk.ui.main_window import MainWindow
from evtdesk.ui.paths import data_dir

APP_NAME = "EVTDesk"


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our arguments, and the rest (Qt's own, such as -platform or -style)."""
    parser = argparse.ArgumentParser(
        prog="evtdesk-app", description="EVTDesk, the EVT training logbook."
    )
    parser.add_argument("logbook", nargs="?", help="the logbook to show on the start screen")
    parser.add_argument(
        "--language", choices=settings.LANGUAGES, help="language before a logbook is unlocked"
    )
    return parser.parse_known_args(argv)


def make_app(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("evtdesk")
    return app  # type: ignore[return-value]


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=os.environ.get("EVTDESK_LOG", "WARNING"))
    app = make_app(qt_args)
    qsettings = QSettings(APP_NAME, APP_NAME)
    language = args.language or str(
        qsettings.value(settings.QS_LANGUAGE, "") or i18n.system_language()
    )
    i18n.install(app, language)
    initial = Path(args.logbook).expanduser().resolve() if args.logbook else None
    window = MainWindow(qsettings, data_dir(), initial=initial)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

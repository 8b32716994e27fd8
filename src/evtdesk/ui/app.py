"""`evtdesk-app [FILE ...]`: start the desktop app, or hand FILEs to the running one.

FILE is what a file manager passes on a double-click: a logbook (`.evtlog`, shown on the
unlock screen), a bundle (`.evtbundle`, opened in the bundle view) or an attestation
(`.evtattest`, imported); see `ui.file_open`. When EVTDesk already runs for this user,
the files go to that window and this process ends (`ui.single_instance`).

Without a file, the most recent logbook is selected on the start screen (or the first in
the data folder, `ui.paths.data_dir()`: `~/.local/share/evtdesk` on Linux, where
`scripts/start` puts `demo.evtlog`).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import evtdesk.resources as resources
from evtdesk import __version__
from evtdesk.ui import i18n, settings
from evtdesk.ui.file_open import FileOpener
from evtdesk.ui.main_window import MainWindow
from evtdesk.ui.paths import data_dir
from evtdesk.ui.single_instance import SingleInstance

APP_NAME = "EVTDesk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our arguments, and the rest (Qt's own, such as -platform or -style)."""
    parser = argparse.ArgumentParser(
        prog="evtdesk-app", description="EVTDesk, the EVT training logbook."
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="a logbook (.evtlog) to unlock, a bundle (.evtbundle) to verify, or an "
        "attestation (.evtattest) to import",
    )
    parser.add_argument(
        "--language", choices=settings.LANGUAGES, help="language before a logbook is unlocked"
    )
    parser.add_argument("--version", action="version", version=f"evtdesk-app {__version__}")
    return parser.parse_known_args(argv)


def app_icon() -> QIcon:
    """The window and taskbar icon, every rendered size (ours: resources/icons)."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resources.path("icons", f"evtdesk-{size}.png")
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    return icon


def make_app(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("evtdesk")
    app.setWindowIcon(app_icon())
    return app


def main(argv: Sequence[str] | None = None) -> int:
    # A windowed build on Windows (PyInstaller, console=False) has no stdout or stderr:
    # printing --version or a log line would raise. Write them nowhere instead.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=os.environ.get("EVTDESK_LOG", "WARNING"))
    app = make_app(qt_args)
    # Absolute now: the running instance has another working folder.
    files = [str(Path(name).expanduser().absolute()) for name in args.files]
    instance = SingleInstance(parent=app)
    if instance.hand_over(files):
        return 0
    instance.listen()
    qsettings = QSettings(APP_NAME, APP_NAME)
    language = args.language or str(
        qsettings.value(settings.QS_LANGUAGE, "") or i18n.system_language()
    )
    i18n.install(app, language)
    window = MainWindow(qsettings, data_dir())
    opener = FileOpener(window)
    instance.files_received.connect(opener.open_paths)
    window.show()
    opener.open_paths(files)
    try:
        return app.exec()
    finally:
        instance.close()


if __name__ == "__main__":
    sys.exit(main())

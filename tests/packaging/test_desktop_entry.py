"""The desktop entry belongs to the window EVTDesk opens (issue 23).

A desktop (GNOME's dock, KDE's task manager) ties a window to its menu entry by the
entry's StartupWMClass, compared with the window's X11 WM_CLASS, and on Wayland by the
app id, which Qt takes from the desktop file name. Qt's xcb plugin sets WM_CLASS to
(the program's file name, the application name), so StartupWMClass must be the
application name the app sets (`ui.app.make_app`), not the program's name: checked
under Xvfb with `xprop`, WM_CLASS is "evtdesk-app", "EVTDesk".
"""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENTRY = ROOT / "installers" / "linux" / "evtdesk.desktop"


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(ENTRY, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def app_names() -> tuple[str, str]:
    """What the real app sets, asked of a fresh process (the test's QApplication keeps
    pytest-qt's names)."""
    code = (
        "from evtdesk.ui.app import make_app\n"
        "app = make_app([])\n"
        "print(app.applicationName()); print(app.desktopFileName())\n"
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    return out[0], out[1]


def test_startup_wm_class_is_the_window_class() -> None:
    application_name, desktop_file_name = app_names()
    entry = desktop_entry()
    assert entry["StartupWMClass"] == application_name, (
        "StartupWMClass must be the X11 WM_CLASS class, which Qt takes from the application name"
    )
    assert ENTRY.stem == desktop_file_name  # Wayland's app id names this file
    assert entry["Exec"].split()[0] == "evtdesk-app"

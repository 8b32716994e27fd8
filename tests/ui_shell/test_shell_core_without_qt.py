"""The core (everything outside evtdesk.ui) must never import Qt."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import importlib, pkgutil, sys
import evtdesk
names = []
for info in pkgutil.iter_modules(evtdesk.__path__, "evtdesk."):
    if info.name in ("evtdesk.ui", "evtdesk.__main__", "evtdesk.migrations"):
        continue  # (walk_packages would import evtdesk.ui itself to look inside)
    names.append(info.name)
    if info.ispkg:
        package = importlib.import_module(info.name)
        names += [sub.name for sub in pkgutil.walk_packages(package.__path__, info.name + ".")]
for name in names:
    importlib.import_module(name)  # a core module that fails to import is a failure too
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(",".join(qt))
"""


def test_core_imports_no_qt():
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""

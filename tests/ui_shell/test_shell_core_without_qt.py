"""The core (everything outside evtdesk.ui) must never import Qt."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import importlib, pkgutil, sys
import evtdesk
for info in pkgutil.walk_packages(evtdesk.__path__, "evtdesk."):
    if info.name.startswith("evtdesk.ui") or ".migrations" in info.name or info.name.endswith("__main__"):
        continue
    try:
        importlib.import_module(info.name)
    except Exception:  # another helper's module may be half-built; Qt is what we look for
        pass
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(",".join(qt))
"""


def test_core_imports_no_qt():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""

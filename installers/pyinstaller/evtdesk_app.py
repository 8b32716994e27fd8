"""PyInstaller's entry point for the windowed app (evtdesk-app): the same `main` that the
`evtdesk-app` script of a pip install calls."""

import sys

from evtdesk.ui.app import main

if __name__ == "__main__":
    sys.exit(main())

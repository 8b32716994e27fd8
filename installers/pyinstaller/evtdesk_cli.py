"""PyInstaller's entry point for the command line (evtdesk): the same `main` that the
`evtdesk` script of a pip install calls."""

import sys

from evtdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""PyInstaller's entry point for the command line (evtdesk): the same `main` that the
`evtdesk` script of a pip install calls."""

import multiprocessing
import sys

from evtdesk.cli import main

if __name__ == "__main__":
    # `evtdesk review` starts worker processes by running this program again; in a
    # frozen program that call must run the worker, not the command line.
    multiprocessing.freeze_support()
    sys.exit(main())

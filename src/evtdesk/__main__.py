"""`python -m evtdesk` runs the command line."""

import sys

from evtdesk.cli import main

sys.exit(main())

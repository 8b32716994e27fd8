"""A realistic demo logbook, to try EVTDesk with: a trainee midway through the
neurointervention part, whose preparatory part a (demo) supervisor signed off."""

from evtdesk.demo.logbook import DEMO_PASSPHRASE, DEMO_TRAINEE, create_demo

__all__ = ["DEMO_PASSPHRASE", "DEMO_TRAINEE", "create_demo"]

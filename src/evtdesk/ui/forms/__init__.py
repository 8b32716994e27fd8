"""Entry forms generated from the kind specs in `evtdesk.entries.kinds`."""

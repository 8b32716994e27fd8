"""Entry forms generated from the kind specs in `evtdesk.entry_kinds`."""

"""Alembic migrations of the logbook schema, run by `evtdesk.store.database.upgrade`."""

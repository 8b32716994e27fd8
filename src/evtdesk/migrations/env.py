"""Alembic environment: migrations always run on a connection the store opened.

The store owns the key, so Alembic never opens the database itself; it receives the
already-keyed connection through `config.attributes["connection"]`.
"""

from alembic import context

from evtdesk.store.schema import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

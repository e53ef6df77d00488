"""Alembic environment. Quote Desk runs migrations itself at start-up (see database.py).

For a developer's ``alembic revision --autogenerate`` the database URL comes from
``-x url=...`` or ``DESK_DB``.
"""

from alembic import context
from sqlalchemy import create_engine

from desk.core.storage.database import default_database_url
from desk.core.storage.schema import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can only ALTER by copying the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or default_database_url()
    engine = create_engine(url)
    with engine.begin() as own_connection:
        _run(own_connection)

"""Persistence: SQLAlchemy models (private to this package), the database, repositories.

Only :mod:`desk.core.library` uses this package; everything above it sees entities.
"""

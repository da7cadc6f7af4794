"""The event store: an embedded DuckDB file.

``connect`` opens it (``connection.py``), ``schema.py`` builds it by named migrations,
``writer.py`` stores documents (one transaction per batch) and ``queries.py`` reads typed rows.
"""

from __future__ import annotations

from communique.store.connection import DEFAULT_DB, ENV_VAR, connect, default_db_path

__all__ = ["DEFAULT_DB", "ENV_VAR", "connect", "default_db_path"]

"""The event store: an embedded DuckDB file.

``connect`` opens it (``connection.py``), ``schema.py`` builds it by named migrations,
``writer.py`` stores documents (one transaction per batch) and ``queries.py`` reads typed rows.
"""

from __future__ import annotations

from communique.store.connection import DEFAULT_DB, ENV_VAR, connect, default_db_path
from communique.store.writer import IngestSummary, ingest_paths, write_documents

__all__ = ["DEFAULT_DB", "ENV_VAR", "IngestSummary", "connect", "default_db_path", "ingest_paths",
           "write_documents"]

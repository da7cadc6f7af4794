"""communique: political event data from diplomacy news, local-first.

Public API (lazily imported so that ``import communique`` does no work):
``extract``, ``extract_articles``, ``read_paths`` and the records in ``communique.records``.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["extract", "extract_articles", "read_paths", "__version__"]


def __getattr__(name: str) -> Any:
    if name in ("extract", "extract_articles"):
        from communique import pipeline

        return getattr(pipeline, name)
    if name == "read_paths":
        from communique.ingest import read_paths

        return read_paths
    raise AttributeError(name)

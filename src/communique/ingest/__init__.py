"""Ingest: files and folders -> ``Article`` records.

``read_paths(paths)`` walks files and folders (recursively, in sorted order) and yields one
``Article`` per article, or an ``IngestFailure`` for each file or record that could not be
read; a failure never stops the batch. Formats, by suffix:

* ``.txt``  - the corpus format: optional `` date YYYY-MM-DD `` header, headline, body (``text.py``)
* ``.jsonl`` - one JSON record per line (``jsonl.py``)
* ``.html`` / ``.htm`` - a web page; main text and date via trafilatura (``html.py``)

Inside a folder, hidden files and files of other types are passed over silently; a file of
another type named explicitly is a failure (E107).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from communique.errors import IngestError
from communique.ingest._common import IngestFailure, content_hash, decode, read_bytes
from communique.records import Article

__all__ = ["Article", "IngestFailure", "SUFFIXES", "content_hash", "load_text", "read_paths"]

SUFFIXES: tuple[str, ...] = (".txt", ".jsonl", ".html", ".htm")


def _files(root: Path) -> list[Path]:
    """Supported, non-hidden files under ``root``, sorted by relative path."""
    found = []
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if path.is_file() and path.suffix.lower() in SUFFIXES and not any(p.startswith(".") for p in rel.parts):
            found.append(path)
    return sorted(found)


def _read_file(path: Path) -> Iterator[Article | IngestFailure]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".txt":
            from communique.ingest.text import read_text

            yield read_text(path)
        elif suffix == ".jsonl":
            from communique.ingest.jsonl import read_jsonl

            yield from read_jsonl(path)
        elif suffix in (".html", ".htm"):
            from communique.ingest.html import read_html

            yield read_html(path)
        else:
            raise IngestError("E107", path=path, suffix=suffix or "(none)")
    except IngestError as exc:
        yield IngestFailure(str(path), exc)


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | IngestFailure]:
    """Articles from files and folders, in a deterministic order; see the module docstring."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in _files(path):
                yield from _read_file(file)
        elif path.is_file():
            yield from _read_file(path)
        else:
            yield IngestFailure(str(path), IngestError("E101", path=path))


def load_text(path: str | Path) -> str:
    """The UTF-8 text of one file, newlines normalized (E101, E102, E103, E110)."""
    file = Path(path)
    if not file.is_file():
        raise IngestError("E101", path=file)
    return decode(read_bytes(file), file)

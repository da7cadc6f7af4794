"""JSON Lines: one article per line.

Fields: ``text`` (required), ``id`` (or ``doc_id``), ``title``, ``url``, ``published`` (or
``date``; ``YYYY-MM-DD`` or an ISO timestamp, basis "metadata"). Without an id the doc_id is
the first 16 hex of the sha256 of the URL, or of the text. A bad line is one failure; the
rest of the file is still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from communique.errors import IngestError
from communique.ingest._common import IngestFailure, content_hash, decode, parse_date, read_bytes, short_hash
from communique.ingest.furniture import find_furniture
from communique.records import Article, Published


def _str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def parse_record(record: Any, *, path: str, line: int) -> Article:
    """An ``Article`` from one decoded JSON value; raises E105, E106, E104 or E109."""
    where = f"{path}:{line}"
    if not isinstance(record, dict):
        raise IngestError("E105", path=path, line=line, detail=f"got {type(record).__name__}")
    if "text" not in record:
        raise IngestError("E106", path=path, line=line, field="text")
    text = str(record["text"] or "").strip()
    if not text:
        raise IngestError("E104", path=where)
    url = _str(record.get("url"))
    doc_id = _str(record.get("id")) or _str(record.get("doc_id")) or short_hash(url or text)
    date = record.get("published") or record.get("date")
    published = Published(value=parse_date(date, where), basis="metadata") if date else Published()
    return Article(doc_id=doc_id, text=text, source=where, title=_str(record.get("title")),
                   published=published, url=url, content_hash=content_hash(text),
                   furniture=find_furniture(text))


def read_jsonl(path: Path) -> Iterator[Article | IngestFailure]:
    """Every record of a ``.jsonl`` file, or its failure; file-level problems raise ``IngestError``."""
    source = str(path)
    for n, line in enumerate(decode(read_bytes(path), path).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise IngestError("E105", path=source, line=n, detail=exc.msg) from exc
            yield parse_record(record, path=source, line=n)
        except IngestError as exc:
            yield IngestFailure(f"{source}:{n}", exc)

"""HTML pages: main text, title, URL and date through trafilatura (date basis "metadata")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from communique.errors import IngestError
from communique.ingest._common import content_hash, normalize_newlines, parse_date, read_bytes
from communique.ingest.furniture import find_furniture, merge_spans
from communique.records import Article, Published

_SNIFF_BYTES = 8192


def parse_html(data: bytes, *, doc_id: str, source: str) -> Article:
    """An ``Article`` from the bytes of a web page; raises E102, E108 or E109."""
    import trafilatura  # heavy: imported only when a page is read

    if b"\x00" in data[:_SNIFF_BYTES]:
        raise IngestError("E102", path=source)
    doc: Any = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                           include_tables=False)
    meta: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc or {})
    text = normalize_newlines(str(meta.get("text") or "")).strip()
    if not text:
        raise IngestError("E108", path=source)
    title = meta.get("title") or None
    furniture = find_furniture(text)
    if title and text.startswith(title + "\n"):  # the page's <h1> opening the main text
        furniture = merge_spans([*furniture, (0, len(title))])
    date = meta.get("date")
    published = Published(value=parse_date(date, source), basis="metadata") if date else Published()
    return Article(doc_id=doc_id, text=text, source=source, title=title,
                   published=published, url=meta.get("url") or None,
                   content_hash=content_hash(text), furniture=furniture)


def read_html(path: Path) -> Article:
    """Read one ``.html`` / ``.htm`` page."""
    return parse_html(read_bytes(path), doc_id=path.stem, source=str(path))

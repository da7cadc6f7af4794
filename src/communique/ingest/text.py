"""Plain-text articles (``.txt``) in the corpus format.

The first line may start with a date header, `` date YYYY-MM-DD `` (leading space optional),
followed directly by the article text. The stored ``text`` is everything after that header,
so offsets never count it. A short first line that does not end like a sentence is the
headline: it becomes ``title``, stays in ``text`` (offsets stay simple) and is marked as
furniture so nothing is extracted from it.
"""

from __future__ import annotations

import re
from pathlib import Path

from communique.errors import IngestError
from communique.ingest._common import content_hash, decode, parse_date, read_bytes
from communique.ingest.furniture import find_furniture, is_heading_shape, merge_spans
from communique.records import Article, Published, Span

# " date 2026-03-12 Text..." : the token after "date" must start with a digit to be a header.
_HEADER = re.compile(r"\A\ufeff? ?date[ \t]+(\d\S*)(?:[ \t]+|\n+|\Z)")
_MAX_HEADLINE_WORDS = 30


def split_header(raw: str, where: str) -> tuple[Published, str]:
    """The publication date given by the header (if any) and the text after it."""
    m = _HEADER.match(raw)
    if m is None:
        return Published(), raw
    return Published(value=parse_date(m.group(1), where), basis="header"), raw[m.end():]


def headline(text: str) -> tuple[str, Span] | None:
    """The headline line at the top of ``text`` and its span, if the text has one."""
    first, sep, rest = text.partition("\n")
    line = first.strip()
    if not sep or not rest.strip() or not is_heading_shape(line, _MAX_HEADLINE_WORDS):
        return None
    start = len(first) - len(first.lstrip())
    return line, (start, start + len(line))


def parse_text(raw: str, *, doc_id: str, source: str) -> Article:
    """An ``Article`` from the decoded contents of a corpus-format text file."""
    published, body = split_header(raw, source)
    text = body.strip()
    if not text:
        raise IngestError("E104", path=source)
    furniture = list(find_furniture(text))
    head = headline(text)
    if head is not None:
        furniture.append(head[1])
    return Article(doc_id=doc_id, text=text, source=source, title=head[0] if head else None,
                   published=published, content_hash=content_hash(text),
                   furniture=merge_spans(furniture))


def read_text(path: Path) -> Article:
    """Read one ``.txt`` article; raises ``IngestError`` (E102-E104, E109, E110)."""
    return parse_text(decode(read_bytes(path), path), doc_id=path.stem, source=str(path))

"""The orchestrator: articles in, contract-v1 documents out.

Stages, in order (one module or package each):
  1. ``ingest``  - files and records -> ``Article`` (date header, title, furniture)
  2. ``nlp``     - the spaCy pipeline over the article body (batched)
  3. ``time``    - TIMEX3 tagging and normalization against the publication date
  4. ``actors``  - persons, organizations, countries; in-article coreference; knowledge base
  5. ``events``  - PLOVER events with participants, status, date and place
``extract_articles`` is the stable API; everything it calls is internal.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from communique.records import Article, Document


def extract_articles(articles: Iterable[Article], *, batch_size: int = 16,
                     n_process: int = 1) -> Iterator[Document]:
    """Run every stage over ``articles`` and yield one ``Document`` per article, in order."""
    for article in articles:  # placeholder until the NLP stages land
        yield Document(doc_id=article.doc_id, source=article.source, title=article.title,
                       text=article.text, published=article.published,
                       content_hash=article.content_hash)


def extract(paths: Iterable[str | Path], **kwargs: int) -> Iterator[Document]:
    """Read files or folders and extract them; unreadable inputs are skipped (see ``ingest``)."""
    from communique.ingest import Article as _A  # noqa: F401  (ingest defines read_paths)
    from communique.ingest import read_paths

    yield from extract_articles((r for r in read_paths(paths) if isinstance(r, Article)), **kwargs)

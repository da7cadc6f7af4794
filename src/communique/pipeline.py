"""The orchestrator: articles in, contract-v1 documents out.

Stages, in order (one module or package each):
  1. ``ingest``  - files and records -> ``Article`` (date header, title, furniture)
  2. ``nlp``     - the spaCy pipeline over the article body (batched)
  3. ``time``    - TIMEX3 tagging and normalization against the publication date
  4. ``actors``  - persons, organizations, countries; in-article coreference; knowledge base
  5. ``events``  - PLOVER events with participants, status, date and place
``extract_articles`` and ``extract`` are the stable API; everything they call is internal.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from communique.errors import CommuniqueError, ExtractionError
from communique.records import Article, Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from communique.actors.resolve import Resources
    from communique.events.lexicon import Lexicon


@dataclass(frozen=True, slots=True)
class Pipeline:
    """Everything extraction needs, loaded once: the spaCy model and the data files."""

    nlp: Language
    resources: Resources
    lexicon: Lexicon

    @classmethod
    def load(cls, model: str | None = None) -> Pipeline:
        from communique.actors.resolve import load_resources
        from communique.events.lexicon import load_lexicon
        from communique.nlp import DEFAULT_MODEL, load_nlp

        return cls(load_nlp(model or DEFAULT_MODEL), load_resources(), load_lexicon())


def process(doc: Doc, article: Article, pipe: Pipeline) -> Document:
    """Stages 3-5 on one parsed article (pure: same inputs, same output)."""
    from communique.actors.resolve import resolve_actors
    from communique.events.extract import extract_events
    from communique.time import find_timexes
    from communique.time.published import infer_published

    skip = article.furniture
    published = article.published
    timexes = find_timexes(article.text, published.value, skip=skip)
    table = resolve_actors(doc, pipe.resources, skip=skip, on=published.reference)
    if published.value is None:
        published = infer_published(article.text, timexes, table.actors, pipe.resources.kb, skip=skip)
        if published.reference is not None and published.latest is not None and \
                (published.latest - published.reference).days <= 7:
            timexes = find_timexes(article.text, published.reference, skip=skip)
    ref = published.value or (published.earliest if published.latest is not None and published.earliest is not None
                              and (published.latest - published.earliest).days <= 7 else None)
    events = extract_events(doc, table, pipe.resources, pipe.lexicon, timexes, ref, skip=skip)
    return Document(doc_id=article.doc_id, source=article.source, title=article.title, text=article.text,
                    published=published, actors=table.actors, timexes=timexes, events=events,
                    content_hash=article.content_hash)


def extract_articles(articles: Iterable[Article], *, pipeline: Pipeline | None = None, batch_size: int = 16,
                     n_process: int = 1) -> Iterator[Document]:
    """Run every stage over ``articles`` and yield one ``Document`` per article, in order.

    An article that fails inside a stage still yields a ``Document``, with the reason in
    ``errors`` and no events: one bad article never stops a batch.
    """
    pipe = pipeline or Pipeline.load()
    stream = ((a.text, a) for a in articles)
    for doc, article in pipe.nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=n_process):
        try:
            yield process(doc, article, pipe)
        except CommuniqueError as e:
            yield _failed(article, str(e))
        except Exception as e:  # noqa: BLE001 - recorded per article, never lost
            yield _failed(article, str(ExtractionError("E202", doc_id=article.doc_id, detail=f"{type(e).__name__}: {e}")))


def _failed(article: Article, message: str) -> Document:
    return Document(doc_id=article.doc_id, source=article.source, title=article.title, text=article.text,
                    published=article.published, errors=[message], content_hash=article.content_hash)


def extract(paths: Iterable[str | Path], **kwargs: int) -> Iterator[Document]:
    """Read files or folders and extract them; unreadable inputs are skipped (see ``ingest``)."""
    from communique.ingest import read_paths

    yield from extract_articles((r for r in read_paths(paths) if isinstance(r, Article)), **kwargs)  # type: ignore[arg-type]

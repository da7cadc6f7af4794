"""The title lexicon (``data/titles.tsv``): title phrases -> sector and office key."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class TitleEntry:
    phrase: str
    sector: str
    office: str


@dataclass(frozen=True, slots=True)
class TitleLexicon:
    entries: tuple[TitleEntry, ...]
    pattern: re.Pattern[str]
    by_phrase: dict[str, TitleEntry]
    words: frozenset[str]

    def head(self, title: str) -> TitleEntry | None:
        """The most specific lexicon phrase inside ``title`` (longest match wins)."""
        best: TitleEntry | None = None
        for m in self.pattern.finditer(title.lower()):
            entry = self.by_phrase[m.group(0)]
            if best is None or len(entry.phrase) > len(best.phrase):
                best = entry
        return best

    def is_title_word(self, word: str) -> bool:
        w = word.lower().strip(".")
        return w in self.words


@functools.lru_cache(maxsize=1)
def load_titles() -> TitleLexicon:
    text = resources.files("communique.data").joinpath("titles.tsv").read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, sector, office = line.split("\t")
        entries.append(TitleEntry(phrase.lower(), sector, office))
    phrases = sorted((e.phrase for e in entries), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w-])")
    words = frozenset(w.strip(".") for e in entries for w in e.phrase.split())
    return TitleLexicon(tuple(entries), pattern, {e.phrase: e for e in entries}, words)

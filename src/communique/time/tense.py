"""Tense of the clause around a time expression, from surface cues in the sentence.

The nearest cue word (in tokens) to the expression decides: future auxiliaries and planning
words ("will", "is set to", "scheduled", "plans", "next", "to visit" after a governing verb),
past-tense verbs ("said", "met", "-ed" forms, "has"), or present-tense verbs ("says", "meets",
"is"). Tokens governed by a future auxiliary ("will be held") take the auxiliary's tense.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from .lexicon import (
    FUTURE_AUX,
    FUTURE_GOVERNORS,
    FUTURE_WORDS,
    NOT_PAST_ED,
    PAST_WORDS,
    PRESENT_WORDS,
)

Tense = Literal["past", "future", "present"]

_WINDOW = 300
# base-form verbs that, without an auxiliary, make a present-tense news lead ("Leaders meet on ...")
_BASE_VERBS = frozenset({
    "meet", "hold", "visit", "travel", "gather", "sign", "begin", "start", "open", "host", "convene",
    "arrive", "resume", "vote", "discuss", "launch", "wrap",
})
_NOT_PRESENT_BEFORE = frozenset({
    "to", "will", "would", "did", "not", "can", "could", "may", "might", "must", "should", "shall",
    "'ll", "cannot", "didn't", "won't", "n't", "let", "help", "and", "or",
})
# a cue on the far side of one of these belongs to another clause: it costs more
_CLAUSE_BREAKS = frozenset({"and", "but", "while", "whereas", "although", "though", "which", "who",
                            "after", "before", "when", "because", "since", ",", "where"})
# words an auxiliary's tense skips over ("will then be held", "has also met")
_FUNCTION_WORDS = frozenset({"a", "an", "the", "his", "her", "their", "its", "this", "that", "these",
                             "those", "not", "also", "then", "still", "now", "never", "our", "my",
                             "your", "already", "just", "again", "reportedly", "probably"})
_NOUN_CONTEXT = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "two", "three", "four",
                           "several", "many", "of", "these", "those", "some", "recent", "official",
                           "state", "previous", "frequent", "regular"})
_SUBORDINATORS = frozenset({"when", "while", "as", "after", "before", "although", "though", "because",
                            "since", "once", "whereas"})
_FUTURE_IN_PAST = frozenset({"supposed", "due", "expected", "scheduled", "set", "slated", "planned",
                             "going", "meant", "to", "about"})
_POSSESSED = frozenset({"a", "an", "the", "no", "some", "any", "enough", "more", "much", "many", "its",
                        "their", "his", "her", "our", "two", "three", "to", "little", "few", "plans",
                        "several", "one", "this", "that", "these", "those", "nothing", "something"})
# "could" before the expression is a possibility ahead ("a vote could come Thursday") unless it
# is a past ability ("could not be reached", "could have"); after it, it is often a relative
# clause ("signed a deal on May 1 that could give it access")
_PAST_COULD = frozenset({"not", "n't", "have", "never", "hardly", "barely", "only", "no", "nt"})
_NEGATORS = frozenset({"neither", "nor", "nobody", "none", "no"})  # "nobody could be reached"
_AUX_BEFORE_FUTURE = frozenset({"planning", "going", "about", "set", "due", "expected", "scheduled",
                                "slated", "poised", "likely", "to", "preparing"})


@lru_cache(maxsize=1)
def _token_re() -> re.Pattern[str]:
    return re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll|[.!?;:,\"\n]")


@lru_cache(maxsize=1)
def _boundary_re() -> re.Pattern[str]:
    # sentence ends: terminal punctuation followed by space + capital/quote, or a line break
    return re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(A-Z])|\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Approximate sentence around [start, end) (bounded to a window)."""
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    s = lo
    for m in _boundary_re().finditer(text, lo, start):
        s = m.end()
    m2 = _boundary_re().search(text, end, hi)
    e = m2.start() + 1 if m2 else hi
    return s, e


def _subject_like(prev: str, prev_raw: str) -> bool:
    """Could the token before a base-form verb end its subject (so the verb is finite)?"""
    if prev in ("they", "we", "you", "i", "both", "leaders", "ministers", "officials"):
        return True
    if prev in _NOT_PRESENT_BEFORE or prev in _NOUN_CONTEXT:
        return False
    return prev_raw[:1].isupper() or (prev.endswith("s") and not prev.endswith("ss") and len(prev) > 3)


def _word_tense(word: str, prev: str, prev2: str, nxt: str, prev_raw: str = "") -> Tense | None:
    w = word.lower()
    if w in ("to",):
        return None
    if prev == "to" and prev2 in FUTURE_GOVERNORS and w.isalpha():
        return "future"
    if prev == "be" and prev2 == "to":
        return "future"  # "expected to be completed"
    if w in ("plans", "plan", "intends", "aims", "hopes") and nxt == "to":
        return "future"
    if w in ("if", "unless") and prev in ("", ",", "and", "but", ";", "\n", ".", "\""):
        return "future"  # a clause-initial condition ("If talks fail on Friday"), not "asked if"
    if w == "is" and prev == "that" and nxt == ",":
        return None  # the parenthetical "-- that is, ..." is not the clause's verb
    if w in ("is", "are", "am", "was", "were") and nxt in _AUX_BEFORE_FUTURE:
        return None
    if w in ("is", "are", "am") and nxt.endswith("ing") and len(nxt) > 4:
        return "present"
    if w in ("has", "have") and (nxt in _POSSESSED or nxt.isdigit()):
        return None  # "have enough", "has a meeting", "have to": not the present perfect
    if (prev in ("is", "are", "am", "stay", "stays", "remain", "remains") and w not in FUTURE_WORDS and w not in ("has", "have", "been")
            and (w in PAST_WORDS or (len(w) > 4 and w.endswith("ed") and w not in NOT_PAST_ED))):
        # a present passive or state ("when the case is heard in May", "banks stay closed
        # until Thursday"), not a past verb
        return "present"
    if w in _BASE_VERBS and _subject_like(prev, prev_raw):
        return "present"  # "Leaders meet", "They visit", "Merkel and Macron meet"
    if w in FUTURE_WORDS:
        if w == "set" and prev not in ("is", "are", "was", "were"):
            return None
        return "future"
    if w in PAST_WORDS:
        return "past"
    if w in PRESENT_WORDS:
        if w.endswith("s") and w not in ("is", "says") and prev in _NOUN_CONTEXT:
            return None  # "two visits", "the talks"
        return "present"
    if (len(w) > 4 and w.endswith("ed") and w not in NOT_PAST_ED and word[0].islower()
            and not w.startswith("un")):
        return "past"
    return None


def tense_cues(text: str, start: int, end: int) -> list[tuple[int, str, Tense]]:
    """(cost, word, tense) for every cue in the sentence around text[start:end]; lower cost =
    closer to the expression (in tokens, plus a penalty per clause boundary crossed)."""
    s, e = sentence_bounds(text, start, end)
    tokens: list[tuple[int, str]] = [(m.start(), m.group()) for m in _token_re().finditer(text, s, e)]
    out: list[tuple[int, str, Tense]] = []
    cover: Tense | None = None
    cover_left = neutral_left = 0
    prev = prev2 = ""
    # index of the expression in token order
    anchor = sum(1 for pos, _ in tokens if pos < start)
    anchor_end = sum(1 for pos, _ in tokens if pos < end)
    # "On Friday, when X did Y, Z happened": a fronted date belongs to the main clause, so
    # cues inside the subordinate clause right after it are skipped
    skip_lo = skip_hi = -1
    if (anchor <= 2 and anchor_end + 1 < len(tokens) and tokens[anchor_end][1] == ","
            and tokens[anchor_end + 1][1].lower() in _SUBORDINATORS):
        skip_lo = anchor_end + 1
        skip_hi = next((k for k in range(skip_lo, len(tokens)) if tokens[k][1] == ","), skip_lo)
    for i, (pos, word) in enumerate(tokens):
        low = word.lower()
        if skip_lo <= i < skip_hi:
            prev2, prev = prev, low
            continue
        if start <= pos < end:
            prev2, prev = prev, low
            continue
        if low in ".!?;:\"\n,":
            cover = None
            prev2, prev = prev, low
            continue
        tense: Tense | None = None
        if cover is not None and cover_left > 0 and low not in _FUNCTION_WORDS:
            tense = cover
            cover_left -= 1
        nxt = tokens[i + 1][1].lower() if i + 1 < len(tokens) else ""
        prev_raw = tokens[i - 1][1] if i > 0 else ""
        if nxt in _FUTURE_IN_PAST and (low in ("was", "were") or (low == "been" and prev == "had")):
            # "was supposed to take effect on Oct. 1", "was about to leave", "had been due to
            # expire": a plan seen from the past, either side of today (other cues decide);
            # the plan's own verb is skipped too ("was due to be held")
            neutral_left = 5
        if neutral_left > 0:
            neutral_left -= 1
            prev2, prev = prev, low
            continue
        own = _word_tense(word, prev, prev2, nxt, prev_raw)
        if tense is not None and own is not None:
            cover_left = 0  # the auxiliary's verb is reached: "has scheduled a news conference"
        if (low in FUTURE_AUX or (low == "going" and nxt == "to")
                or (low == "could" and i < anchor and nxt not in _PAST_COULD and nxt.isalpha()
                    and not any(w.lower() in _NEGATORS for _, w in tokens[max(0, i - 8):i]))):
            cover, cover_left = "future", 3
            own = "future"
        elif own == "past" and low in ("has", "have", "had"):
            cover, cover_left = "past", 2
        if tense is None or own == "future":
            tense = own
        if tense is not None:
            dist = anchor - i if i < anchor else i - anchor_end + 1
            lo_i, hi_i = (i + 1, anchor) if i < anchor else (anchor_end, i)
            dist += 3 * sum(1 for k, (_, w) in enumerate(tokens[lo_i:hi_i], lo_i)
                            if w.lower() in _CLAUSE_BREAKS and not (w == "," and k == anchor_end and anchor <= 3))
            # cues before the expression win ties; "present" cues are weaker than others
            out.append((dist * 2 + (0 if i < anchor else 1) + (1 if tense == "present" else 0), word, tense))
        prev2, prev = prev, low
    return out


def clause_tense(text: str, start: int, end: int) -> Tense | None:
    """Tense of the clause holding text[start:end], or None when there is no cue."""
    return clause_tense_cost(text, start, end)[0]


def clause_tense_cost(text: str, start: int, end: int) -> tuple[Tense | None, int]:
    """Tense and the cost of its deciding cue (lower = nearer, more reliable; 999 if none)."""
    cues = tense_cues(text, start, end)
    if not cues:
        return None, 999
    best = min(cues, key=lambda c: c[0])
    return best[2], best[0]

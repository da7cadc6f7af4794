"""Time stage: TIMEX3 tagging and normalization (pure-Python regex grammar).

``find_timexes(text, dct, skip=...)`` finds dates, times, durations and sets and resolves
them against the reference date; ``resolve_for_tense(timex, dct, tense)`` re-resolves a
tense-dependent expression (weekday, bare month/season, day without year) for the tense of
the event's own clause. ``clause_tense`` exposes the tense heuristic used for that.
"""

from __future__ import annotations

from .tagger import find_timexes, resolve_for_tense
from .tense import Tense, clause_tense

__all__ = ["Tense", "clause_tense", "find_timexes", "resolve_for_tense"]

"""Time stage: TIMEX3 tagging and normalization (pure-Python regex grammar, no model).

``find_timexes(text, dct, skip=...)`` finds dates, times, durations and sets, with TempEval-3
span conventions ("on" is outside the span of "on Monday"; "last week", "two days ago", "the
past three years" keep their modifiers), and resolves them against the reference date ``dct``.
``resolve_for_tense(timex, dct, tense)`` re-resolves a tense-dependent expression (weekday,
bare month or season, day without a year) for the tense of the event's own clause.
``clause_tense`` exposes the surface tense heuristic the tagger uses.

Conventions (details in ``normalize.py``):

- ``value`` is TIMEX3: ``2026-03-12``, ``2026-03``, ``2026-W11``, ``2026-W10-WE``, ``2026``,
  ``199`` (1990s), ``2026-Q1``, ``2026-H2``, ``2026-SU``, ``2026-03-10TMO``, ``P3D``,
  ``PT48H``, ``P10Y`` (a decade), ``PXW`` (vague), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``,
  SETs ``P1W`` / ``XXXX-WXX-1``; without a reference date relative values stay unresolved
  (``XXXX-WXX-1``, ``XXXX-03-31``, ``XXXX-XX-XX``).
- An explicit range ("March 9-17", "from March 31 to April 2", "between 3 and 5 June") is one
  DATE timex whose ``value`` is its first day and whose ``begin``/``until`` are its two ends.
  Year ranges ("2009-2010", "from 2015 to 2019") stay two timexes, as TimeML annotates them.
- ``begin``/``until`` (inclusive days) are set whenever the expression denotes days: a month
  is its first..last day, a year 1 Jan..31 Dec, a week Monday..Sunday, "earlier this week"
  Monday..the day before ``dct``, "late April" 20..30 April, "mid-June" 10..20 June; signals
  before the span adjust it: "by the end of August" = ``dct``..31 August, "since March" =
  1 March..``dct``, "within ten days" = ``dct``..``dct``+10, "in two months' time" = the
  calendar month two months on. ``vague`` marks intervals that only bound the event.
- Weekdays: past tense = on or before ``dct``; future = on or after; a present-tense lead
  ("Leaders meet on Thursday") = the day in ``dct``'s week if it is still ahead (or was
  yesterday), else the coming one; no tense cue = past (news reports look back).
"""

from __future__ import annotations

from .tagger import find_timexes, resolve_for_tense
from .tense import Tense, clause_tense

__all__ = ["Tense", "clause_tense", "find_timexes", "resolve_for_tense"]

"""Publication-date bounds for articles that carry no date.

Evidence, each giving a bound on the day the article appeared:
* explicit absolute dates and years in the text: the article is written after the latest
  day it reports as past (a year named in the past tense bounds from its first day);
* office-holders named with their titles: "Secretary of State Antony Blinken" can only be
  written while Blinken held that office (the knowledge base's tenure), with a grace period
  because articles keep a title for a few days after a change.
The result has ``basis="inferred"`` and ``earliest``/``latest`` (either may be open).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from communique.records import Actor, Published, Span, Timex

if TYPE_CHECKING:
    from communique.actors.kb import OfficeHolderKB

_FULL_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^\d{4}-\d\d$")
TITLE_GRACE = dt.timedelta(days=3)
FORMER = re.compile(r"\b(former|ex-|then|late|outgoing|incoming|acting|president-elect|elect)\b", re.I)


def _date_bounds(timexes: Sequence[Timex], text: str) -> dt.date | None:
    """The latest day the article names explicitly (absolute dates, months, years in the past)."""
    latest: dt.date | None = None
    for tx in timexes:
        if tx.type != "DATE":
            continue
        v = tx.value
        day: dt.date | None = None
        if _FULL_DATE.match(v):
            day = dt.date.fromisoformat(v)
        elif _MONTH.match(v):
            day = dt.date(int(v[:4]), int(v[5:7]), 1)
        elif _YEAR.match(v):
            day = dt.date(int(v), 1, 1)
        if day is None:
            continue
        # only dates the sentence reports as past bound the article from below
        window = text[max(0, tx.start - 80): tx.end + 80].lower()
        if re.search(r"\b(will|to be held|scheduled|set to|plans?|upcoming|next|expected)\b", window):
            continue
        if latest is None or day > latest:
            latest = day
    return latest


def _tenure_bounds(actors: Sequence[Actor], kb: OfficeHolderKB) -> tuple[dt.date | None, dt.date | None]:
    lo: dt.date | None = None
    hi: dt.date | None = None
    for a in actors:
        if a.kind != "person" or not a.titles:
            continue
        for title in a.titles:
            if FORMER.search(title):
                continue
            start, end = kb.tenure_bounds(a.name, title)
            if start is None and end is None:
                continue
            if start is not None and (lo is None or start > lo):
                lo = start
            if end is not None and (hi is None or end + TITLE_GRACE < hi):
                hi = end + TITLE_GRACE
            break
    return lo, hi


def infer_published(text: str, timexes: Sequence[Timex], actors: Sequence[Actor], kb: OfficeHolderKB,
                    *, skip: Sequence[Span] = ()) -> Published:
    """Bounds on the publication date of an undated article, from its content alone."""
    named = _date_bounds([t for t in timexes if not any(s <= t.start < e for s, e in skip)], text)
    lo, hi = _tenure_bounds(actors, kb)
    earliest = max((d for d in (named, lo) if d is not None), default=None)
    latest = hi
    if earliest is not None and latest is not None and earliest > latest:
        # contradictory evidence: trust the office-holder bounds, which are facts
        earliest = lo if lo is not None and lo <= latest else latest
    if earliest is None and latest is None:
        return Published(basis="none")
    value = earliest if earliest is not None and latest is not None and earliest == latest else None
    return Published(value=value, basis="inferred", earliest=earliest, latest=latest)

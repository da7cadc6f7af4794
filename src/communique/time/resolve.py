"""Anchoring: the context a rule is normalized in, and tense-dependent calendar choices.

``Context`` carries the reference date, the clause tense (computed lazily, or forced by
``resolve_for_tense``) and the signal word before the expression ("by", "since", "in", ...).
It records whether the tense was consulted, so callers know which timexes are tense-dependent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import dates
from .tense import Tense, clause_tense_cost

_DAY = dt.timedelta(days=1)
_POSTPONE = frozenset({"postponed", "postpone", "postpones", "delayed", "delay", "delays", "deferred",
                       "defer", "rescheduled", "reschedule", "adjourned", "extended", "extend",
                       "extends", "pushed", "moved"})


@dataclass(slots=True)
class Context:
    """Per-expression normalization context (created and discarded per candidate)."""

    text: str
    start: int
    end: int
    dct: dt.date | None
    forced: Tense | None = None
    anchor: dt.date | None = None
    near: dt.date | None = None     # last full date earlier in the same sentence
    near_year: int | None = None    # last explicit year earlier in the same sentence
    inherit_rel: str | None = None  # "next spring or summer": the relation of a coordinated head
    near_quarter: tuple[int, int] | None = None  # last quarter named in the same sentence
    # the last calendar expression before this one (granularity, first day), for "that year"
    last_ref: tuple[str, dt.date] | None = None
    probe: bool = False             # candidate screening: the narrative context is not known yet
    # per-call memo of clause tenses by span (owned by one find_timexes call, never shared)
    memo: dict[tuple[int, int], tuple[Tense | None, int]] | None = None
    used_tense: bool = False
    _tense: Tense | None = field(default=None, repr=False)
    _cost: int = field(default=999, repr=False)
    _tense_done: bool = field(default=False, repr=False)

    def tense(self) -> Tense | None:
        self.used_tense = True
        if self.forced is not None:
            return self.forced
        if not self._tense_done:
            key = (self.start, self.end)
            if self.memo is not None and key in self.memo:
                self._tense, self._cost = self.memo[key]
                self._tense_done = True
                return self._tense
            self._tense, self._cost = clause_tense_cost(self.text, self.start, self.end)
            sig = self.signal()
            if sig == "since":
                self._tense, self._cost = "past", 0  # "since October": a start in the past
            elif (self._tense is None or self._cost > 16) and sig in ("by", "until", "till", "before"):
                self._tense = "future"  # "which runs until Sunday", "hoped for progress by March"
            elif self._cost > 6 and set(self.prev_words(2)) & {"starting", "beginning", "effective", "from"}:
                self._tense = "future"  # "a truce starting on Monday"
            elif sig in ("until", "till", "to") and set(self.prev_words(6)) & _POSTPONE:
                self._tense = "future"  # "postponed his visit until the autumn"
            elif (sig in ("until", "till") and self._tense == "past"
                  and set(self.prev_words(8)) & {"has", "have", "'s"}):
                self._tense = "future"  # a deadline set now: "has given them until Tuesday"
            self._tense_done = True
            if self.memo is not None:
                self.memo[key] = (self._tense, self._cost)
        return self._tense

    def tense_is_firm(self) -> bool:
        """The tense was given by the caller, or read off a cue right next to the expression
        ("was held on May 5")."""
        self.tense()
        return self.forced is not None or self._cost <= 6

    def signal(self) -> str:
        """The lowercased word right before the expression ("" if none)."""
        i = self.start
        j = i
        while j > 0 and self.text[j - 1] == " ":
            j -= 1
        k = j
        while k > 0 and (self.text[k - 1].isalpha() or self.text[k - 1] == "-"):
            k -= 1
        return self.text[k:j].lower() if j - k < 15 else ""

    def prev_words(self, n: int = 3) -> list[str]:
        chunk = self.text[max(0, self.start - 40):self.start].lower().split()
        return chunk[-n:]

    def next_words(self, n: int = 2) -> list[str]:
        return self.text[self.end:self.end + 30].lower().split()[:n]

    def base(self) -> dt.date | None:
        """Narrative anchor for "the next day", "a year later" (else the reference date)."""
        return self.anchor or self.dct

    def base_for(self, unit: str) -> dt.date | None:
        """Narrative anchor for an anaphoric unit ("that year", "the following month"): the
        last calendar expression fine enough to name that unit ("in 1988 ... that year",
        "in March ... the following month"), else ``base()``."""
        fine_enough = {"year": ("year", "quarter", "season", "month", "week", "day"),
                       "month": ("month", "week", "day"), "week": ("week", "day")}.get(unit, ())
        if self.last_ref is not None and self.last_ref[0] in fine_enough:
            return self.last_ref[1]
        return self.base()


def weekday_date(dct: dt.date, weekday: int, rel: str | None, tense: Tense | None) -> dt.date:
    """Resolve a weekday name against the reference date.

    last/previous/past: strictly before; next/coming/following: strictly after; this: the
    same ISO week; bare: past tense or no cue -> on or before, future -> on or after,
    present -> same week.
    """
    back = (dct.weekday() - weekday) % 7
    fwd = (weekday - dct.weekday()) % 7
    if rel in ("last", "past", "previous", "this past"):
        return dct - dt.timedelta(days=back or 7)
    if rel in ("next", "coming", "following", "this coming"):
        return dct + dt.timedelta(days=fwd or 7)
    if rel == "this":
        if tense == "past":
            return dct - dt.timedelta(days=back)
        if tense == "future" or dct.weekday() >= 5:
            return dct + dt.timedelta(days=fwd)
        return dates.monday(dct) + dt.timedelta(days=weekday)
    if tense == "future":
        return dct + dt.timedelta(days=fwd)
    if tense == "present":
        # a present-tense lead ("Leaders meet on Thursday") looks ahead: the day later in the
        # same week when it is still to come, else the coming one
        return dct + dt.timedelta(days=fwd)
    return dct - dt.timedelta(days=back)


def pick_nearest(deltas: dict[int, float], tense: Tense | None, wrong_side: float = 4.0,
          ahead: float = 1.5) -> int:
    """Choose among candidate years by signed distance from the reference date.

    A date on the "wrong" side of the reference for the tense costs ``wrong_side`` times its
    distance; present tense leans ahead (scheduled acts), no cue leans back (``ahead`` times
    the distance: news reports mostly look back).
    """
    def cost(d: float) -> float:
        if tense == "past":
            return -d if d <= 0 else wrong_side * d
        if tense == "future":
            return d if d >= 0 else -wrong_side * d
        if tense == "present":
            return d if d >= 0 else -2 * d  # "the embargo expires at the end of May": scheduled
        return -d if d <= 0 else ahead * d
    return min(deltas, key=lambda y: (cost(deltas[y]), abs(y)))


def month_year(dct: dt.date, month: int, rel: str | None, tense: Tense | None, strict: bool = False) -> int:
    """Year of a bare month name ("in May", "last May", "next March")."""
    y = dct.year
    if rel in ("last", "past", "previous", "this past"):
        return y if month < dct.month else y - 1
    if rel in ("next", "coming", "following", "this coming"):
        return y if month > dct.month else y + 1
    if rel == "this":
        return y
    deltas = {yy: float((yy - y) * 12 + month - dct.month) for yy in (y - 1, y, y + 1)}
    if tense == "present" and month == dct.month:
        return y
    return pick_nearest(deltas, tense, 1e6 if strict else 6.0, 2.0)


def day_year(dct: dt.date, month: int, day: int, tense: Tense | None, strict: bool = False,
             firm: bool = False) -> int:
    """Year of a day without one ("March 31"), by tense and distance from the reference.

    ``strict`` (a tense given by the caller rather than guessed): past means on or before the
    reference date, future on or after it."""
    deltas: dict[int, float] = {}
    for yy in (dct.year - 1, dct.year, dct.year + 1):
        try:
            deltas[yy] = float((dt.date(yy, month, day) - dct).days)
        except ValueError:
            continue
    if not deltas:
        return dct.year
    return pick_nearest(deltas, tense, 1e6 if strict else 12.0 if firm else 4.0)


def quarter_year(dct: dt.date, quarter: int, tense: Tense | None) -> int:
    """Year of "the third quarter": this year's unless it is still ahead in a past clause."""
    cq = dates.quarter_of(dct)
    if quarter <= cq or tense == "future":
        return dct.year
    return dct.year - 1


def reporting_quarter(dct: dt.date) -> tuple[int, int]:
    """The quarter that "the quarter" in a results story refers to: the last completed one
    early in a quarter, else the current one."""
    cq = dates.quarter_of(dct)
    qstart = dates.quarter_interval(dct.year, cq)[0]
    if (dct - qstart).days < 60:
        return (dct.year, cq - 1) if cq > 1 else (dct.year - 1, 4)
    return dct.year, cq


def season_year(dct: dt.date, code: str, rel: str | None, tense: Tense | None) -> int:
    """Year of a bare or relative season name."""
    cur_y, cur_code = dates.season_containing(dct)
    order = dates.SEASON_CODES
    # candidate seasons around the reference date, in time order
    cands = [(y, c) for y in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1) for c in order]
    cands = [yc for yc in cands if yc[1] == code]
    cur_idx = (cur_y, order.index(cur_code))

    def idx(yc: tuple[int, str]) -> tuple[int, int]:
        return yc[0], order.index(yc[1])

    if rel in ("last", "past", "previous", "this past"):
        before = [yc for yc in cands if idx(yc) < cur_idx]
        return before[-1][0]
    if rel in ("next", "coming", "following", "this coming"):
        after = [yc for yc in cands if idx(yc) > cur_idx]
        return after[0][0]
    if rel == "this" or tense == "present":
        if code == "WI" and dct.month <= 2:
            return dct.year - 1
        return dct.year
    if tense == "future":
        return [yc for yc in cands if idx(yc) >= cur_idx][0][0]
    if tense == "past" or tense is None:
        not_after = [yc for yc in cands if idx(yc) <= cur_idx]
        return not_after[-1][0]
    return dct.year

"""Find, select and normalize time expressions in a text.

Every grammar rule is run over the text; overlapping candidates are resolved longest first
(ties: earlier rule in the grammar). Candidates whose normalizer rejects them are dropped
before selection, so a shorter reading can still win. Selected expressions are then
normalized in text order, each seeing the last full date before it as its narrative anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Literal

from ..records import Timex
from . import dates
from . import durations as du
from . import normalize as nz
from . import relative as rl
from .grammar import Rule, rules
from .normalize import Handler, Norm
from .resolve import Context
from .tense import Tense


@lru_cache(maxsize=1)
def handlers() -> Mapping[str, Handler]:
    """Rule name -> normalizer."""
    table: dict[str, Handler] = {
        "range_md": nz.h_range_md, "range_dm": nz.h_range_dm, "iso": nz.h_iso, "slash": nz.h_slash, "dotted": nz.h_dotted,
        "mdy": nz.h_mdy, "dmy": nz.h_dmy, "month_year": nz.h_month_year, "ordinal_day": nz.h_ordinal_day, "month_rel": nz.h_month_rel,
        "year": nz.h_year, "decade": nz.h_decade, "century": nz.h_century, "decade2": nz.h_decade2, "short_year": nz.h_short_year, "dur_vague": du.h_dur_vague,
        "this_century": nz.h_this_century, "spoken_year": nz.h_spoken_year, "that_unit": rl.h_that_unit, "the_day": rl.h_the_day,
        "quarter": rl.h_quarter, "quarter_q": rl.h_quarter_q, "quarter_rel": rl.h_quarter_rel,
        "year_ago_adj": rl.h_year_ago_adj, "the_year": rl.h_the_year, "within_year": rl.h_within_year, "new_year": rl.h_new_year,
        "for_the_year": rl.h_for_the_year, "quarter_century": du.h_quarter_century,
        "named_day": rl.h_named_day, "pod": rl.h_pod, "weekday": rl.h_weekday, "weekend": rl.h_weekend,
        "rel_unit": rl.h_rel_unit, "in_the_unit": rl.h_in_the_unit, "end_of_unit": rl.h_end_of_unit,
        "year_end": rl.h_year_end, "ago": rl.h_ago, "bare_ago": rl.h_bare_ago, "season": rl.h_season, "holiday": rl.h_holiday,
        "dur_past": du.h_dur_past, "dur": du.h_dur, "dur_range": du.h_dur_range, "dur_adj": du.h_dur_adj, "dur_long": du.h_dur_long,
        "dur_bare": du.h_dur_bare, "dur_ahead": du.h_dur_ahead, "dur_plural": du.h_dur_plural,
        "set_every": du.h_set_every, "set_adv": du.h_set_adv, "set_times": du.h_set_times,
        "set_wd_plural": du.h_set_wd_plural, "ref": du.h_ref, "clock": du.h_clock,
        "clock24": du.h_clock24, "oclock": du.h_oclock, "week_of_month": rl.h_week_of_month, "week_of": nz.h_week_of, "half_month": rl.h_half_month, "noon": du.h_noon, "morning_of": du.h_morning_of,
    }
    missing = {r.name for r in rules()} - set(table)
    if missing:
        raise RuntimeError(f"rules without a normalizer: {sorted(missing)}")
    return MappingProxyType(table)


@dataclass(frozen=True, slots=True)
class _Patterns:
    full_day: re.Pattern[str]
    sentence_end: re.Pattern[str]
    coordination: re.Pattern[str]
    quarter: re.Pattern[str]
    title_word: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns(full_day=re.compile(r"\d{4}-\d{2}-\d{2}"),
                     sentence_end=re.compile(r"[.!?]\s+[A-Z\"]|\n"),
                     coordination=re.compile(r",?\s+(?:and|or|and/or)\s+|\s*,\s*"),
                     quarter=re.compile(r"(\d{4})-Q([1-4])"),
                     title_word=re.compile(r"\b(?:Today|Tomorrow|Yesterday|Tonight|Now|Noon|Midnight|Morning|Evening|"
                                           r"Night|Minutes?|Hours?|Days?|Weeks?|Weekend|Months?|Years?|Decades?|"
                                           r"Century)\b"))


def _in_a_name(text: str, start: int, end: int, pats: _Patterns) -> bool:
    """A normally lowercase time word capitalized inside a sentence is part of a name or title
    ("USA Today", ABC's "This Week", CBS's "60 Minutes", the film "High Noon"), not a timex."""
    for w in pats.title_word.finditer(text, start, end):
        i = w.start()
        while i > 0 and text[i - 1] in " \t\"'`(\u201c\u2018":
            i -= 1
        if i > 0 and text[i - 1] not in ".!?:;\n" and not (text[i - 1] == "'" and i > 1 and text[i - 2] in ".!?,"):
            return True
    return False


_SAME_LENGTH = MappingProxyType({0x2019: "'", 0x2018: "'", 0x00A0: " ", 0x2009: " ", 0x202F: " "})


def _overlaps(a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


def _to_timex(start: int, end: int, text: str, n: Norm) -> Timex:
    typ: Literal["DATE", "TIME", "DURATION", "SET"]
    typ = n.type if n.type in ("DATE", "TIME", "DURATION", "SET") else "DATE"  # type: ignore[assignment]
    begin, until = n.begin, n.until
    if begin is not None and until is not None and until < begin:
        begin, until = until, begin
    if begin is None or until is None:
        begin = until = None
    return Timex(start=start, end=end, text=text[start:end], type=typ, value=n.value, mod=n.mod,
                 begin=begin, until=until, vague=bool(n.vague) if begin else False)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim trailing punctuation/space a pattern may have swallowed."""
    while end > start and text[end - 1] in " ,;:\n\t":
        end -= 1
    while start < end and text[start] in " \n\t":
        start += 1
    return start, end


def find_timexes(text: str, dct: dt.date | None, *,
                 skip: Sequence[tuple[int, int]] = ()) -> list[Timex]:
    """All TIMEX3 expressions in ``text``, normalized against the reference date ``dct``.

    ``skip``: character spans to ignore (site furniture). Deterministic; no global state.
    """
    table = handlers()
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    original = text
    # same-length normalization: curly apostrophes and non-breaking spaces (offsets unchanged)
    text = text.translate(_SAME_LENGTH)
    cands: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    memo: dict[tuple[int, int], tuple[Tense | None, int]] = {}
    for rule in rules():
        for m in rule.regex.finditer(text):
            s, e = _strip(text, m.start(), m.end())
            if e <= s or (skip and _overlaps(s, e, skip)):
                continue
            ctx = Context(text, s, e, dct, probe=True, memo=memo)
            if table[rule.name](m, ctx) is None:
                continue
            cands.append((-(e - s), rule.priority, s, rule, m))
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    taken: list[tuple[int, int, Rule, re.Match[str]]] = []
    for neg_len, _, s, rule, m in cands:
        e = s - neg_len
        if any(s < te and ts < e for ts, te, _, _ in taken):
            continue
        taken.append((s, e, rule, m))
    taken.sort(key=lambda t: t[0])
    pats = _patterns()
    out: list[Timex] = []
    anchor: dt.date | None = None
    anchor_end = year_end = -1
    year: int | None = None
    quarter: tuple[int, int] | None = None
    quarter_end = -1
    prev: tuple[int, int, str, str | None] | None = None
    last_ref: tuple[str, dt.date] | None = None
    for s, e, rule, m in taken:
        near = anchor if anchor_end >= 0 and not pats.sentence_end.search(text, anchor_end, s) else None
        near_year = year if 0 <= year_end and s - year_end < 80 and not pats.sentence_end.search(
            text, year_end, s) else None
        inherit = None
        if prev is not None and prev[2] == rule.name and pats.coordination.fullmatch(text, prev[1], s):
            inherit = prev[3]
        near_quarter = quarter if quarter_end >= 0 and not pats.sentence_end.search(text, quarter_end, s) else None
        ctx = Context(text, s, e, dct, anchor=anchor, near=near, near_year=near_year, inherit_rel=inherit,
                      near_quarter=near_quarter, last_ref=last_ref, memo=memo)
        norm = table[rule.name](m, ctx)
        if norm is None or (rule.name != "holiday" and _in_a_name(text, s, e, pats)):
            continue
        tx = _to_timex(s, e, original, norm)
        out.append(tx)
        rel = m.groupdict().get("rel")
        prev = (s, e, rule.name, re.sub(r"\s+", " ", rel.lower()) if rel and rel.lower() != "the" else inherit)
        if tx.type in ("DATE", "TIME"):
            last_ref = dates.reference_point(tx.value) or last_ref
        if tx.type in ("DATE", "TIME") and pats.full_day.match(tx.value) and tx.begin is not None:
            anchor, anchor_end = tx.begin, e
        if rule.name in ("year", "month_year", "mdy", "dmy") and m.groupdict().get("y") and tx.begin is not None:
            year, year_end = tx.begin.year, e
        qm = pats.quarter.fullmatch(tx.value) if rule.name in ("quarter", "quarter_q") else None
        if qm:
            quarter, quarter_end = (int(qm[1]), int(qm[2])), e
    return out


def resolve_for_tense(timex: Timex, dct: dt.date, tense: Literal["past", "future", "present"]) -> Timex:
    """Re-resolve a tense-dependent timex (weekday, bare month or season, "March 31") for the
    tense of the event's own clause; unchanged when its resolution does not depend on tense or
    the tense gives the same value (the interval found in context, e.g. after "by", is kept).

    A given tense is taken strictly: past = on or before ``dct``, future = on or after it;
    present = the same week (a weekday still ahead, or yesterday)."""
    table = handlers()
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    forced: Tense = tense
    for rule in sorted(rules(), key=lambda r: r.priority):
        m = rule.regex.fullmatch(timex.text)
        if m is None:
            continue
        ctx = Context(timex.text, 0, len(timex.text), dct, forced=forced)
        norm = table[rule.name](m, ctx)
        if norm is None:
            continue
        if not ctx.used_tense:
            return timex
        fresh = _to_timex(0, len(timex.text), timex.text, norm)
        if fresh.value == timex.value:
            return timex  # same reading: keep the interval found in context ("by the end of ...")
        return replace(timex, type=fresh.type, value=fresh.value, mod=fresh.mod, begin=fresh.begin,
                       until=fresh.until, vague=fresh.vague)
    return timex

"""Rule handlers: a regex match + its context -> TIMEX3 type, value, mod and day interval.

Conventions (TIMEX3 / TempEval-3):
- days ``2026-03-12``, months ``2026-03``, ISO weeks ``2026-W11``, weekends ``2026-W11-WE``,
  years ``2026``, decades ``202``, centuries ``20``, quarters ``2026-Q1``, halves ``2026-H1``,
  seasons ``2026-SU``, times ``2026-03-12T15:00`` or ``2026-03-12TMO`` (part of day);
- durations ``P3D``, ``P2W``, ``P6M``, ``P10Y`` (a decade), ``PT48H``; vague ``PXY``;
- sets ``P1W`` / ``XXXX-WXX-1`` (every Monday) / ``XXXX-07`` (each July);
- an explicit range ("March 9-17") is one DATE whose value is its first day and whose
  ``begin``/``until`` are its two ends;
- without a reference date, relative values stay unresolved (``XXXX-XX-XX``, ``XXXX-03``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType

from . import dates
from .lexicon import (
    DECADE_WORDS,
    MONTHS,
    NUMBER_WORDS,
    UNIT_SINGULAR,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)
from .resolve import (
    Context,
    day_year,
    month_year,
    pick_nearest,
)

_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Norm:
    type: str
    value: str
    mod: str | None = None
    begin: dt.date | None = None
    until: dt.date | None = None
    vague: bool = False


Handler = Callable[[re.Match[str], Context], Norm | None]


# ---------------------------------------------------------------- small utilities
def _g(m: re.Match[str], name: str) -> str | None:
    try:
        v = m.group(name)
    except IndexError:
        return None
    return v.lower() if v else None


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


_ORDINAL_DAYS = MappingProxyType({
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
})


def _day(word: str) -> int:
    digits = re.sub(r"\D", "", word)
    if digits:
        return int(digits)
    parts = re.split(r"[\s-]+", word.lower())
    return {"twenty": 20, "thirty": 30}.get(parts[0], 0) + _ORDINAL_DAYS.get(parts[-1], 0)


def _num(word: str | None) -> float | None:
    """Number of a quantity word ("three", "twenty-four", "2 1/2", "a"); None if vague."""
    if word is None:
        return None
    w = re.sub(r"\s+", " ", word.lower().strip())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):
        w = w.replace(",", "")
    if w in VAGUE_NUMBERS or w in ("dozens of",):
        return None
    half = 0.0
    for suffix in (" and a half", " 1/2"):
        if w.endswith(suffix):
            w, half = w[: -len(suffix)], 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) + half
    if w in ("half a", "half an"):
        return 0.5
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w]) + half
    big = re.fullmatch(r"(.+) (hundred|thousand)", w)
    if big:
        head = _num(big[1])
        return None if head is None else head * (100 if big[2] == "hundred" else 1000) + half
    parts = re.split(r"[\s-]", w)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]) + half
    return None


def _unit(word: str) -> str:
    w = word.lower()
    return UNIT_SINGULAR.get(w, w)


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: (3, 'day') -> P3D; (None, 'year') -> PXY; (48, 'hour') -> PT48H;
    (2, 'quarter') -> P2Q."""
    letter, mult, is_time = UNITS[unit]
    if unit == "quarter" and (n is None or n == int(n)):
        return "PXQ" if n is None else f"P{int(n)}Q"  # TIMEX3 keeps the quarter unit: P2Q
    if n is None:
        return f"PTX{letter}" if is_time else f"PX{letter}"
    n = n * mult
    whole = int(n)
    frac = n - whole
    if frac:
        if letter == "Y":
            return f"P{whole}Y{int(round(frac * 12))}M" if whole else f"P{int(round(frac * 12))}M"
        if letter == "M" and not is_time:
            return f"P{whole}M{int(round(frac * 30))}D" if whole else f"P{int(round(frac * 30))}D"
        if letter == "D":
            return f"P{whole}DT{int(round(frac * 24))}H" if whole else f"PT{int(round(frac * 24))}H"
        if letter == "H":
            return f"PT{whole}H{int(round(frac * 60))}M" if whole else f"PT{int(round(frac * 60))}M"
        if letter == "M":
            return f"PT{whole}M{int(round(frac * 60))}S" if whole else f"PT{int(round(frac * 60))}S"
        return f"PT{_fmt(n)}S"
    return f"PT{whole}{letter}" if is_time else f"P{whole}{letter}"


def shift(day: dt.date, n: int, unit: str) -> dt.date:
    """Move a date by n units (negative = back); clamped to the calendar's range ("10,000 years
    earlier" must not fail)."""
    letter, mult, is_time = UNITS[unit]
    if is_time:
        return day
    try:
        if letter == "D":
            return day + dt.timedelta(days=n * mult)
        if letter == "W":
            return day + dt.timedelta(weeks=n * mult)
        if letter == "M":
            return dates.add_months(day, n * mult)
        return dates.add_years(day, n * mult)
    except (ValueError, OverflowError):
        return dt.date.min if n < 0 else dt.date.max


def in_calendar(day: dt.date, n: float, unit: str) -> bool:
    """Does moving ``day`` by n units stay inside years 1..9999 (not clamped by ``shift``)?"""
    letter, mult, is_time = UNITS[unit]
    if is_time:
        return True
    years = abs(n) * mult / {"D": 365.0, "W": 52.0, "M": 12.0}.get(letter, 1.0)
    return (day.year - years > 1) if n < 0 else (day.year + years < 9999)


def granular(day: dt.date, unit: str) -> tuple[str, dt.date, dt.date]:
    """Value and interval of the unit-sized period containing a day."""
    if unit in ("day", "night", "hour", "minute", "second"):
        return day.isoformat(), day, day
    if unit in ("week", "fortnight", "weekend"):
        b, u = dates.week_interval(day)
        return dates.week_value(day), b, u
    if unit in ("month", "quarter"):
        b, u = dates.month_interval(day.year, day.month)
        return f"{day.year:04d}-{day.month:02d}", b, u
    if unit == "decade":
        return f"{day.year // 10:03d}", *dates.decade_interval(day.year // 10)
    if unit == "century":
        return f"{day.year // 100:02d}", *dates.century_interval(day.year // 100)
    b, u = dates.year_interval(day.year)
    return f"{day.year:04d}", b, u


_EDGE_MOD = MappingProxyType({
    "early": "START", "earlier": "START", "beginning": "START", "start": "START", "first": "START",
    "late": "END", "later": "END", "end": "END", "close": "END", "turn": "END", "last": "END",
    "latter": "END", "second": "END", "mid": "MID", "middle": "MID",
})


def edge_mod(edge: str | None) -> str | None:
    if not edge:
        return None
    words = re.findall(r"[a-z]+", edge.lower())
    for w in words:
        if w in ("the", "of", "half"):
            continue
        return _EDGE_MOD.get(w)
    return None


def _apply_signal(ctx: Context, begin: dt.date, until: dt.date, vague: bool) -> tuple[dt.date, dt.date, bool]:
    """"by (until, before) the end of August" -> reference..31 Aug; "since March" -> 1 March..reference."""
    dct = ctx.dct
    if dct is None:
        return begin, until, vague
    sig = ctx.signal()
    before_end = sig == "before" and ctx.text[ctx.start:ctx.end].lower().startswith(("the end of", "end of"))
    if (sig in ("by", "until", "till") or before_end) and until >= dct:
        return dct, until, True
    if sig == "since" and begin <= dct:
        return begin, dct, True
    return begin, until, vague


def _interval(ctx: Context, begin: dt.date, until: dt.date, edge: str | None = None,
              vague: bool | None = None) -> tuple[dt.date, dt.date, bool]:
    mod = edge_mod(edge)
    if mod and begin != until:
        begin, until = dates.sub_interval(begin, until, mod)
    v = (begin != until) if vague is None else vague
    return _apply_signal(ctx, begin, until, v)


def _date_norm(ctx: Context, value: str, begin: dt.date | None, until: dt.date | None,
               edge: str | None = None, mod: str | None = None, typ: str = "DATE",
               vague: bool | None = None) -> Norm:
    if begin is None or until is None:
        return Norm(typ, value, mod or edge_mod(edge))
    b, u, v = _interval(ctx, begin, until, edge, vague)
    return Norm(typ, value, mod or edge_mod(edge), b, u, v)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# ---------------------------------------------------------------- absolute dates
def h_iso(m: re.Match[str], ctx: Context) -> Norm | None:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["h"]:
        return Norm("TIME", f"{d.isoformat()}T{m['h']}:{m['mi']}", None, d, d)
    return Norm("DATE", d.isoformat(), None, d, d)


def h_dotted(m: re.Match[str], ctx: Context) -> Norm | None:
    """European day-first dates: 31.03.2025."""
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    return _date_norm(ctx, d.isoformat(), d, d)


def h_slash(m: re.Match[str], ctx: Context) -> Norm | None:
    a, b, yy = int(m["a"]), int(m["b"]), m["y"]
    y = int(yy) if len(yy) == 4 else (2000 + int(yy) if int(yy) < 50 else 1900 + int(yy))
    month, day = (a, b) if a <= 12 else (b, a)
    d = _safe_date(y, month, day)
    if d is None:
        return None
    return Norm("DATE", d.isoformat(), None, d, d)


def _md(ctx: Context, month: int, day: int, year: str | None, wd: str | None) -> Norm | None:
    if day > 31 or _safe_date(2000, month, day) is None:
        return None
    if year:
        d = _safe_date(int(year), month, day)
        if d is None:
            return None
        return _date_norm(ctx, d.isoformat(), d, d)
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}")
    tense = ctx.tense()
    if (ctx.near_year is not None and ctx.forced is None and tense != "future" and ctx.near_year < ctx.dct.year
            and ctx.signal() not in ("through", "until", "till", "by", "since", "from", "to")):
        y = ctx.near_year  # "The 2003 invasion began on March 20"
    else:
        y = day_year(ctx.dct, month, day, tense, strict=ctx.forced is not None, firm=ctx.tense_is_firm())
    if wd is not None:
        # a weekday pins the year when the tense guess disagrees with it
        for cand in (y, y - 1, y + 1):
            c = _safe_date(cand, month, day)
            if c is not None and c.weekday() == WEEKDAYS[wd.lower()]:
                y = cand
                break
    d = _safe_date(y, month, day)
    if d is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}")
    return _date_norm(ctx, d.isoformat(), d, d)


def _approx(n: Norm | None, approx: str | None) -> Norm | None:
    """ "around 30 September": 27 September .. 3 October, vague (annotation guidelines)."""
    if n is None or not approx:
        return n
    if n.begin is None or n.until is None:
        return Norm(n.type, n.value, "APPROX")
    return Norm(n.type, n.value, "APPROX", n.begin - 3 * _DAY, n.until + 3 * _DAY, True)


def h_mdy(m: re.Match[str], ctx: Context) -> Norm | None:
    return _approx(_md(ctx, _month(m["m"]), _day(m["d"]), m["y"], m["wd"]), m["approx"])


def h_week_of(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the week of March 6": the (ISO) week containing that day."""
    month, day = (m["m"], m["d"]) if m["m"] else (m["m2"], m["d2"])
    n = _md(ctx, _month(month), _day(day), m["y"], None)
    if n is None:
        return None
    if n.begin is None or not n.value[:1].isdigit():
        return Norm("DATE", "XXXX-WXX")
    b, u = dates.week_interval(n.begin)
    return Norm("DATE", dates.week_value(n.begin), None, b, u, True)


def h_dmy(m: re.Match[str], ctx: Context) -> Norm | None:
    text = m.group(0).lower()
    if (text.startswith("the ") or not m["d"][0].isdigit()) and " of " not in text:
        return None  # "the 5 March ...", "a second March rally"
    return _approx(_md(ctx, _month(m["m"]), _day(m["d"]), m["y"], m["wd"]), m["approx"])


def _range(ctx: Context, m1: int, d1: int, m2: int, d2: int, year: str | None) -> Norm | None:
    if _safe_date(2000, m1, d1) is None or _safe_date(2000, m2, d2) is None:
        return None
    if (m2, d2) <= (m1, d1) and m2 >= m1:
        return None
    if year:
        y2 = int(year)
        y1 = y2 - 1 if m2 < m1 else y2
    elif ctx.dct is None:
        return Norm("DATE", f"XXXX-{m1:02d}-{d1:02d}")
    else:
        tense = ctx.tense()
        if tense == "future":
            # a range still running counts as ahead: place it by its last day
            y2 = day_year(ctx.dct, m2, d2, tense, strict=ctx.forced is not None)
            y1 = y2 - 1 if m2 < m1 else y2
        else:
            y1 = day_year(ctx.dct, m1, d1, tense, strict=ctx.forced is not None)
            y2 = y1 + 1 if m2 < m1 else y1
    b, u = _safe_date(y1, m1, d1), _safe_date(y2, m2, d2)
    if b is None or u is None or (u - b).days > 120:
        return None
    return Norm("DATE", b.isoformat(), None, b, u, False)


def h_range_md(m: re.Match[str], ctx: Context) -> Norm | None:
    m1 = _month(m["m1"])
    m2 = _month(m["m2"]) if m["m2"] else m1
    return _range(ctx, m1, _day(m["d1"]), m2, _day(m["d2"]), m["y"])


def h_range_dm(m: re.Match[str], ctx: Context) -> Norm | None:
    m2 = _month(m["m2"])
    m1 = _month(m["m1"]) if m["m1"] else m2
    return _range(ctx, m1, _day(m["d1"]), m2, _day(m["d2"]), m["y"])


def h_ordinal_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "on the 12th": a day of the reference month, or of the month before/after by tense."""
    day = int(m["d"])
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-XX-{day:02d}")
    dct = ctx.dct
    cands: dict[int, float] = {}
    for shift_m in (-1, 0, 1):
        first = dates.add_months(dct.replace(day=1), shift_m)
        d = _safe_date(first.year, first.month, day)
        if d is not None:
            cands[shift_m] = float((d - dct).days)
    if not cands:
        return None
    k = pick_nearest(cands, ctx.tense(), 1e6 if ctx.forced is not None else 6.0)
    first = dates.add_months(dct.replace(day=1), k)
    d = dt.date(first.year, first.month, day)
    return _date_norm(ctx, d.isoformat(), d, d)


def h_month_year(m: re.Match[str], ctx: Context) -> Norm | None:
    sy = spoken_year(m["sy"]) if m["sy"] else None
    if m["y"] is None and sy is None:
        return None
    y, mo = (int(m["y"]) if m["y"] else sy or 0), _month(m["m"])
    b, u = dates.month_interval(y, mo)
    return _date_norm(ctx, f"{y}-{mo:02d}", b, u, _g(m, "edge"))


def h_month_rel(m: re.Match[str], ctx: Context) -> Norm | None:
    mo = _month(m["m"])
    rel, ry, edge = _g(m, "rel") or ctx.inherit_rel, _g(m, "ry"), _g(m, "edge")
    if mo == 5 and not (rel or ry or edge) and ctx.forced is None:
        nxt = ctx.next_words(1)
        prev = ctx.prev_words(1)
        if not (prev and prev[0] in ("in", "since", "until", "by", "of", "from", "through", "during",
                                     "before", "after", "early", "late", "mid")):
            return None
        if nxt and nxt[0] in ("be", "have", "not", "also", "well", "still", "never", "soon", "yet"):
            return None
    if edge in ("earlier", "later"):
        return None
    if (mo == 3 and not (rel or ry or edge)
            and re.match(r"\s+(?:for|of|on|against|to)\s+(?:the\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z]",
                     ctx.text[ctx.end:ctx.end + 30])):
        return None  # "the March for Life", "the March of the Mothers": a procession's name
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{mo:02d}", edge_mod(edge))
    if ry is not None:
        y = ctx.dct.year + {"last": -1, "next": 1, "this": 0}[ry]
    else:
        y = month_year(ctx.dct, mo, rel, None if rel else ctx.tense(), strict=ctx.forced is not None)
    b, u = dates.month_interval(y, mo)
    return _date_norm(ctx, f"{y}-{mo:02d}", b, u, edge)


def h_year(m: re.Match[str], ctx: Context) -> Norm | None:
    y = int(m["y"])
    fy, edge, after = _g(m, "fy"), _g(m, "edge"), _g(m, "after")
    if not fy and not edge:
        # a bare number: keep plausible years only, and not quantities ("1990 troops")
        if y < 1800:
            return None
        nxt = ctx.next_words(1)
        if nxt and re.fullmatch(r"(?:people|troops|soldiers|men|women|persons|votes|seats|km|"
                                r"kilometres|kilometers|miles|tons|tonnes|dollars|euros|units|"
                                r"members|cases|deaths|refugees|metres|meters|feet|gmt|hours|"
                                r"hrs|utc)[.,;]?", nxt[0]):
            return None
        prev = ctx.prev_words(1)
        if prev and prev[0] in ("resolution", "no.", "number", "flight", "route", "article", "about",
                                "nearly", "some", "over", "than", "at"):
            return None
    b, u = dates.year_interval(y)
    mod = edge_mod(edge)
    if after:
        mod = "ON_OR_AFTER"
    return _date_norm(ctx, str(y), b, u, edge, mod)


def h_decade(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["dec"]:
        dec = int(m["dec"])
    elif m["d2"]:
        dec = 190 + int(m["d2"])
        if ctx.dct and dec * 10 > ctx.dct.year:
            dec -= 10
    else:
        dec = 190 + DECADE_WORDS[m["w"].lower()]
        if ctx.dct and dec * 10 > ctx.dct.year:
            dec -= 10
    b, u = dates.decade_interval(dec)
    return _date_norm(ctx, str(dec), b, u, _g(m, "edge"), vague=True)


def h_decade2(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the 90s": the most recent such decade before the reference year."""
    dec = 190 + int(m["d3"])
    if ctx.dct and dec * 10 > ctx.dct.year:
        dec -= 10
    b, u = dates.decade_interval(dec)
    return _date_norm(ctx, str(dec), b, u, _g(m, "edge"), vague=True)


def h_short_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "since '82", "in '09": the most recent such year, at most a few years ahead of the
    reference year."""
    yy = int(m["y"])
    ref = ctx.dct.year if ctx.dct else 2000
    y = (ref // 100) * 100 + yy
    if y > ref + 5:
        y -= 100
    b, u = dates.year_interval(y)
    return _date_norm(ctx, str(y), b, u, vague=True)


def h_century(m: re.Match[str], ctx: Context) -> Norm | None:
    n = int(m["n"])
    if not 1 <= n <= 22:
        return None
    b, u = dates.century_interval(n - 1)
    return _date_norm(ctx, f"{n - 1:02d}", b, u, _g(m, "edge"), vague=True)


def h_this_century(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.dct is None:
        return Norm("DATE", "XX")
    words = m.group(0).lower()
    c = ctx.dct.year // 100
    if "last" in words or "past" in words or "previous" in words:
        return Norm("DURATION", "P100Y")
    if "next" in words:
        c += 1
    b, u = dates.century_interval(c)
    return _date_norm(ctx, str(c), b, u, vague=True)


_TENS = MappingProxyType({
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
})
_ONES = MappingProxyType({
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
})


def spoken_year(phrase: str) -> int | None:
    """The year of "nineteen ninety-six", "two thousand and one" (None for "nineteen" alone)."""
    words = re.split(r"[\s-]+", phrase.lower())
    if words[0] == "two":
        y = 2000 + (_ONES.get(words[-1], 0) if "and" in words else 0)
    else:
        rest = words[1:]
        if rest == ["hundred"]:
            y = 1900
        elif len(rest) == 1 and rest[0] in _ONES:
            y = 1900 + _ONES[rest[0]]
        else:
            y = 1900 + _TENS.get(rest[0], 0) + (_ONES.get(rest[1], 0) if len(rest) > 1 else 0)
    if y == 1900 and "hundred" not in words:
        return None
    return y


def h_spoken_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """Years read out in broadcast transcripts: "nineteen ninety-six", "two thousand"."""
    y = spoken_year(m["w"])
    if y is None:
        return None
    b, u = dates.year_interval(y)
    return _date_norm(ctx, str(y), b, u)

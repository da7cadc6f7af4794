"""Handlers for durations, sets, clock times and PRESENT/PAST/FUTURE references.

A duration keeps its TIMEX3 duration value ("P3M"); when it is anchored to the reference
date ("the past three months", "within ten days", "in two weeks" in a future clause) it also
gets the day interval it covers, so the events stage can date acts with it.
"""

from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType

from . import dates
from .lexicon import DURATION_MODS, MONTHS, PARTS_OF_DAY, SEASONS, SET_ADVERBS, UNITS, WEEKDAYS
from .normalize import Norm, _g, _md, _num, _unit, duration_value, granular, shift
from .resolve import Context, weekday_date

_DAY = dt.timedelta(days=1)
# rough extent of a vague quantity ("the past few days") in days
_VAGUE_EXTENT = MappingProxyType({
    "second": 0, "minute": 0, "hour": 1, "day": 7, "night": 7, "week": 42, "weekend": 14, "fortnight": 42,
    "month": 92, "quarter": 183, "year": 1095, "decade": 3650, "century": 36500,
})


def _mod(word: str | None) -> str | None:
    return DURATION_MODS.get(re.sub(r"\s+", " ", word.lower())) if word else None


def _extent(dct: dt.date, n: float | None, unit: str, sign: int) -> dt.date:
    if n is None or n != int(n):
        days = _VAGUE_EXTENT[unit] if n is None else int(n * {"day": 1, "week": 7, "month": 30,
                                                             "year": 365}.get(unit, 1))
        return dct + dt.timedelta(days=sign * days)
    return shift(dct, sign * int(n), unit)


def _anchored(ctx: Context, value: str, mod: str | None, n: float | None, unit: str,
              direction: str | None) -> Norm:
    """A duration, with the interval it covers when it is anchored to the reference date."""
    dct = ctx.dct
    if dct is None or direction is None or UNITS[unit][2]:
        return Norm("DURATION", value, mod)
    if re.match(r"\s+(?:of|after|before|from)\b", ctx.text[ctx.end:ctx.end + 8]):
        return Norm("DURATION", value, mod)  # "within 30 days of the vacancy": anchored elsewhere
    if direction == "past":
        return Norm("DURATION", value, mod, _extent(dct, n, unit, -1), dct, True)
    if direction == "future":
        return Norm("DURATION", value, mod, dct + _DAY, _extent(dct, n, unit, 1), True)
    if direction == "within":
        end = _extent(dct, n, unit, 1)
        if unit in ("month", "quarter") and n is not None:
            end = dates.month_end(end.year, end.month)
        return Norm("DURATION", value, mod, dct, end, True)
    if direction == "in" and n is not None and n == int(n):
        day = shift(dct, int(n), unit)
        _, b, u = granular(day, unit)
        return Norm("DURATION", value, mod, b, u, True)
    return Norm("DURATION", value, mod)


def h_dur_past(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = m["rel"].lower()
    if rel == "last" and not m.group(0).lower().startswith("the"):
        prev = ctx.prev_words(1)
        if prev and prev[0] in ("will", "would", "to", "could", "can", "may", "might", "must", "should",
                                "did", "didn't", "won't", "not", "shall", "'ll"):
            return None  # the verb: "will last six weeks"
    unit = _unit(m["u"])
    plural = m["u"].lower().endswith("s") and unit != m["u"].lower()
    mod = _mod(_g(m, "mod"))
    if m["orso"]:
        mod = "APPROX"
    if m["n"] is None:
        if plural:
            # "the past weeks", "the coming months"
            direction = "past" if rel in ("past", "last", "previous", "recent") else (
                "future" if rel in ("next", "coming", "following") else None)
            return _anchored(ctx, duration_value(None, unit), mod, None, unit, direction)
        if rel in ("first", "final", "remaining", "initial", "latest", "recent"):
            return None
        if unit in ("decade", "century") and rel in ("past", "last", "previous"):
            return _anchored(ctx, duration_value(1, unit), mod, 1, unit, "past")
        if unit in ("hour", "minute", "second", "quarter", "weekend", "night", "fortnight"):
            return None
        base = ctx.base() if rel in ("following", "previous") else ctx.dct
        if base is None:
            return Norm("DATE", {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX"), mod)
        step = -1 if rel in ("past", "last", "previous") else 1
        value, b, u = granular(shift(base, step, unit), unit)
        if unit == "day":
            return Norm("DATE", value, mod, b, u)
        return Norm("DATE", value, mod, b, u, True)
    n = _num(m["n"])
    direction = None
    if rel in ("past", "last", "previous", "recent"):
        direction = "past"
    elif rel in ("next", "coming", "following"):
        direction = "future"
    if ctx.signal() == "within" and ctx.tense() != "past":
        direction = "within"
    return _anchored(ctx, duration_value(n, unit), mod, n, unit, direction)


# words before "one day" that make it "some day in the future", not a day's length
_ONE_DAY_FUTURE = frozenset({"will", "would", "could", "may", "might", "can", "shall", "should", "must",
                             "to", "'ll"})


def h_dur(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = _unit(m["u"])
    raw_n = m["n"].lower()
    n = 1.0 if raw_n == "another" else _num(raw_n)
    if re.search(r"\d[,.]$", ctx.text[max(0, ctx.start - 2):ctx.start]):
        return None  # the tail of "1,000 years"
    if m["half"] and n is not None:
        n += 0.5
    plural = m["u"].lower() != unit
    if n is None and raw_n.strip() in ("an", "a"):
        n = 1.0
    if n is not None and n == 1 and plural:
        return None
    if n is not None and n >= 1000 and "," not in raw_n and raw_n[:1].isdigit():
        return None
    if unit in ("second", "minute") and raw_n in ("a", "an") and not _g(m, "mod"):
        nxt = [w.rstrip(".,;:!?\"')") for w in ctx.next_words(1)]
        if nxt and nxt[0][:1].isalpha() and nxt[0] not in ("later", "ago", "earlier", "or", "and"):
            return None
    if ctx.next_words(1)[:1] in (["old"], ["old,"], ["old."]):
        return None
    if raw_n.strip() in ("some", "many") and unit in ("day", "time"):
        return None
    mod_word = _g(m, "mod")
    mod = _mod(mod_word)
    if m["n2"] is not None:
        mod = "APPROX"
    if unit == "night" and raw_n in ("a", "an", "one"):
        return None
    if (unit == "day" and raw_n == "one" and not mod_word and not plural
            and ctx.prev_words(1) and ctx.prev_words(1)[0] in _ONE_DAY_FUTURE):
        return Norm("DATE", "FUTURE_REF")  # "will one day join", "hopes to one day lead": some day
    if raw_n in ("a", "an") and unit in ("day", "week", "month", "year", "hour") and not mod_word:
        # "$5 billion a year", "twice a week" are rates, not durations
        before = ctx.text[max(0, ctx.start - 25):ctx.start].lower()
        if re.search(r"(?:\d|%|percent|cents?|dollars?|euros?|times|once|twice|per cent|barrels|tons?)\s*$",
                     before):
            return Norm("SET", duration_value(1, unit))
    value = duration_value(n, unit)
    sig = ctx.signal()
    direction: str | None = None
    if (mod_word == "within" or sig == "within") and ctx.tense() != "past":
        direction = "within"  # "within ten days" from now (not "resumed within a day")
    elif sig == "in" and n is not None and ctx.tense() == "future":
        direction = "in"
    elif sig == "for" and ctx.next_words(1)[:1] in (["now"], ["already"]):
        direction = "past"
    return _anchored(ctx, value, mod, n, unit, direction)


def h_quarter_century(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "a quarter-century" (P25Y), "a half-century" (P50Y)."""
    return Norm("DURATION", "P25Y" if m["f"].lower() == "quarter" else "P50Y")


def h_dur_range(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = _unit(m["u"])
    n = _num(m["n"])
    return Norm("DURATION", duration_value(n, unit), "APPROX")


def h_dur_long(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "a year-long siege" (P1Y), "months-long talks" (PXM)."""
    raw = m["u"].lower()
    unit = _unit(raw)
    return Norm("DURATION", duration_value(None if raw != unit else 1, unit))


def h_dur_adj(m: re.Match[str], ctx: Context) -> Norm | None:
    raw = m["n"].lower()
    unit = _unit(m["u"])
    if raw == "half":
        letter, _, is_time = UNITS[unit]
        return Norm("DURATION", {"hour": "PT30M", "day": "PT12H", "year": "P6M", "month": "P15D"}.get(unit, "PX" + letter))
    n = _num(raw)
    return Norm("DURATION", duration_value(n, unit))


def h_dur_bare(m: re.Match[str], ctx: Context) -> Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    unit = _unit(m["u"])
    if w == "recent" and unit == "year" and not m["u2"]:
        dct = ctx.dct
        if dct is None:
            return Norm("DATE", "PAST_REF")
        return Norm("DATE", "PAST_REF", None, dates.add_years(dct, -3), dct, True)
    if m["u2"]:
        return Norm("DATE", "PAST_REF" if w == "recent" else "FUTURE_REF")
    if w in ("early",):
        return Norm("DURATION", duration_value(None, unit))
    direction = "past" if w in ("recent", "past few") else ("future" if w in ("coming", "next few") else None)
    return _anchored(ctx, duration_value(None, unit), None, None, unit, direction)


def h_dur_vague(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "a while", "(for) some time": durations of unstated length (PXX)."""
    w = re.sub(r"\s+", " ", m["w"].lower())
    if w == "some time" and ctx.signal() not in ("for", "in", "within", "after"):
        return None
    return Norm("DURATION", "PXX")


def h_dur_ahead(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = _unit(m["u"])
    return _anchored(ctx, duration_value(None, unit), None, None, unit, "future")


def h_dur_plural(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = _unit(m["u"])
    sig = ctx.signal()
    if sig not in ("for", "within", "over", "after", "in", "take", "takes", "took", "taken", "taking", "last",
                   "lasts", "lasted", "spend", "spent", "spending"):
        return None
    return Norm("DURATION", duration_value(None, unit))


# ---------------------------------------------------------------- sets
def h_set_every(m: re.Match[str], ctx: Context) -> Norm | None:
    pod = PARTS_OF_DAY.get(m["pod"].lower()) if m["pod"] else None
    suffix = f"T{pod}" if pod else ""
    if m["wd"]:
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}{suffix}")
    if m["epod"]:
        return Norm("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[m['epod'].lower()]}")
    if m["m"]:
        return Norm("SET", f"XXXX-{MONTHS[m['m'].lower()]:02d}")
    if m["s"]:
        return Norm("SET", f"XXXX-{SEASONS[m['s'].lower()]}")
    u = m["u"].lower()
    if u == "season":
        return Norm("SET", "XXXX-XX")
    if u == "weekday":
        return Norm("SET", "XXXX-WXX-WD")
    raw = (m["n"] or "").lower()
    n = 2.0 if raw == "other" else (_num(raw) if raw else 1.0)
    return Norm("SET", duration_value(n, _unit(u)))


def h_set_adv(m: re.Match[str], ctx: Context) -> Norm | None:
    w = m["w"].lower()
    nxt = ctx.next_words(1)
    if w in ("annually", "yearly") and re.search(r"[\d%]\s*(?:\w+\s+){0,2}$",
                                                  ctx.text[max(0, ctx.start - 25):ctx.start]):
        return None
    after = nxt[0].rstrip(".,;:") if nxt else ""
    if w == "quarterly" and after[:1].isalpha() and after != "basis":
        return None
    if after in ("newspaper", "paper", "mail", "news", "express", "telegraph", "beast", "star", "record",
                 "journal", "times", "dose"):
        return None
    if w in ("daily", "weekly", "monthly") and _names_a_paper(ctx):
        return None
    return Norm("SET", SET_ADVERBS[w])


_PAPER_VERBS = frozenset({"said", "says", "reported", "reports", "quoted", "quotes", "wrote", "writes",
                          "cited", "cites", "added", "claimed", "claims", "published", "publishes",
                          "carried", "carries", "revealed", "noted", "that", "which", "and", "in", "on",
                          "was", "is", "has", "had", "also"})


def _names_a_paper(ctx: Context) -> bool:
    """"daily"/"weekly" used as a noun for a newspaper: "the Communist Party daily Granma",
    "the daily said", "told the weekly", "the daily's editor"."""
    rest = ctx.text[ctx.end:ctx.end + 30]
    if re.match(r" [A-Z]", rest) or rest[:2] in ("'s", "\u2019s"):
        return True  # a name follows ("daily Haaretz"), or a possessive
    before = ctx.text[max(0, ctx.start - 30):ctx.start]
    if not re.search(r"(?:\b(?:[Tt]he|a|this|that)|\b[A-Z][\w.-]*)\s+$", before):
        return False  # "rallies held almost daily." is the adverb
    nxt = ctx.next_words(1)
    word = nxt[0].rstrip(".,;:\"'") if nxt else ""
    return word in _PAPER_VERBS or not word or rest[:1] in ".,;:"


def h_set_times(m: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("SET", duration_value(1, _unit(m["u"])))


def h_set_wd_plural(m: re.Match[str], ctx: Context) -> Norm | None:
    prev = ctx.prev_words(1)
    if not (prev and prev[0] in ("on", "every", "most", "some")) and not m["pod"]:
        return None
    pod = PARTS_OF_DAY.get(m["pod"].lower()) if m["pod"] else None
    return Norm("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}" + (f"T{pod}" if pod else ""))


# ---------------------------------------------------------------- references
_REFS = MappingProxyType({
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "the time being": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "lately": "PAST_REF", "recent years": "PAST_REF",
    "recent weeks and months": "PAST_REF",
    "as soon as possible": "FUTURE_REF", "a later date": "FUTURE_REF", "in future": "FUTURE_REF",
    "the past": "PAST_REF",
})
# words that may follow the noun "the past" ("in the past, it ...", "than in the past they"); any
# other lowercase word makes "past" an adjective ("the past decisions"), which is not a timex
_AFTER_NOUN = frozenset({
    "and", "or", "but", "nor", "that", "which", "who", "when", "where", "while", "as", "than", "because",
    "if", "so", "is", "was", "has", "had", "have", "are", "were", "will", "would", "could", "should", "may",
    "might", "can", "it", "they", "he", "she", "we", "i", "you", "there", "this", "these", "those", "the",
    "a", "an", "to", "of", "in", "on", "at", "for", "with", "by", "from", "into", "about", "been",
    "often", "also", "already", "repeatedly", "sometimes", "always", "never", "too", "again",
})


def h_ref(m: re.Match[str], ctx: Context) -> Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    if w in ("this time", "future"):
        return None
    if w == "the past":
        nxt = ctx.next_words(1)
        word = nxt[0].strip("\"'`,.;:!?)") if nxt else ""
        if word[:1].islower() and word not in _AFTER_NOUN:
            return None  # "the past decisions": an adjective
    if w.endswith("future") or w.endswith("term"):
        if w == "the long term":
            return None
        return Norm("DATE", "FUTURE_REF")
    value = _REFS.get(w)
    if value is None:
        return None
    if w == "current":
        nxt = ctx.next_words(1)
        if nxt and nxt[0].rstrip(".,;") in ("account", "affairs", "events", "issue", "issues", "crisis",
                                            "situation", "flowing", "density", "government", "president",
                                            "leader", "leadership", "administration", "minister", "chairman"):
            return None
    if w == "now":
        nxt = ctx.next_words(1)
        before = ctx.text[max(0, ctx.start - 12):ctx.start].lower()
        if before.rstrip().endswith(("until", "till", "from", "by", "for", "since")) or (
                nxt and nxt[0].startswith("that")):
            return Norm("DATE", "PRESENT_REF")
    if w.startswith("at "):
        return None
    # no day interval: "now" or "recently" names no day an event could be dated by
    return Norm("DATE", value)


# ---------------------------------------------------------------- clock times
def _clock_day(m: re.Match[str], ctx: Context) -> dt.date | None:
    dct = ctx.dct
    wd = _g(m, "wd") or _g(m, "wd2")
    if wd:
        if dct is None:
            return None
        return weekday_date(dct, WEEKDAYS[wd], None, ctx.tense())
    rd = _g(m, "rd") or _g(m, "rd2")
    if rd:
        return dct + dt.timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[rd]) if dct else None
    if "m" in m.re.groupindex and m["m"]:
        n = _md(ctx, MONTHS[m["m"].lower().rstrip(".")], int(re.sub(r"\D", "", m["d"])), None, None)
        return dt.date.fromisoformat(n.value) if n and n.value[:1].isdigit() else None
    return ctx.near or dct


def _zone(m: re.Match[str]) -> str:
    """ISO 8601 UTC designator: "14:30 UTC" / "2:30 p.m. GMT" -> "T14:30Z". Other zones keep the
    local clock reading without an offset (as TimeBank annotates "5 p.m. EST")."""
    tz = m["tz"] if "tz" in m.re.groupindex else None
    return "Z" if tz and tz.upper() in ("UTC", "GMT") else ""


def _time_norm(day: dt.date | None, clock: str, mod: str | None) -> Norm:
    if day is None:
        return Norm("TIME", f"XXXX-XX-XXT{clock}", mod)
    return Norm("TIME", f"{day.isoformat()}T{clock}", mod, day, day)


def h_clock(m: re.Match[str], ctx: Context) -> Norm | None:
    h = int(m["h"])
    mi = int(m["mi"]) if m["mi"] else 0
    ap = m["ap"].lower()
    if h > 12 or h == 0:
        return None
    if ap.startswith("p") and h != 12:
        h += 12
    if ap.startswith("a") and h == 12:
        h = 0
    mod = "APPROX" if m["approx"] else None
    return _time_norm(_clock_day(m, ctx), f"{h:02d}:{mi:02d}{_zone(m)}", mod)


def h_clock24(m: re.Match[str], ctx: Context) -> Norm | None:
    return _time_norm(_clock_day(m, ctx), f"{int(m['h']):02d}:{m['mi']}{_zone(m)}", None)


def h_noon(m: re.Match[str], ctx: Context) -> Norm | None:
    w = re.sub(r"[\s-]+", " ", m["w"].lower())
    clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00", "mid afternoon": "AF",
             "mid morning": "MO", "dawn": "MO", "daybreak": "MO", "sunrise": "MO", "dusk": "EV",
             "sunset": "EV", "nightfall": "NI"}[w]
    day = _clock_day(m, ctx)
    if len(clock) == 2:
        mod = "MID" if w.startswith("mid") else None
        if day is None:
            return Norm("TIME", f"XXXX-XX-XXT{clock}", mod)
        return Norm("TIME", f"{day.isoformat()}T{clock}", mod, day, day)
    return _time_norm(day, clock, None)


def h_oclock(m: re.Match[str], ctx: Context) -> Norm | None:
    raw = m["h"].lower()
    h = int(raw) if raw.isdigit() else int(_num(raw) or 0)
    if not 1 <= h <= 12:
        return None
    pod = (m["pod"] or "").lower()
    if ("afternoon" in pod or "evening" in pod or "night" in pod) and h != 12:
        h += 12
    return _time_norm(ctx.near or ctx.dct, f"{h:02d}:00", None)


def h_morning_of(m: re.Match[str], ctx: Context) -> Norm | None:
    h = int(m["h"])
    if not 1 <= h <= 12:
        return None
    if m["pod"].lower() != "morning" and h != 12:
        h += 12
    return _time_norm(ctx.dct, f"{h:02d}:00", None)

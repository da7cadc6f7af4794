"""Handlers for expressions anchored to the reference date: named days, weekdays, parts of
day, "last week", "earlier this month", quarters, seasons, holidays, "two days ago".
"""

from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType

from . import dates
from .lexicon import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS
from .normalize import (
    Norm,
    _date_norm,
    _g,
    _num,
    _unit,
    duration_value,
    edge_mod,
    granular,
    in_calendar,
    shift,
    spoken_year,
)
from .resolve import (
    Context,
    month_year,
    pick_nearest,
    quarter_year,
    reporting_quarter,
    season_year,
    weekday_date,
)

_DAY = dt.timedelta(days=1)
_NAMED = MappingProxyType({"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                           "the day before yesterday": -2, "the day after tomorrow": 2})


def _pod_code(pod: str | None) -> str | None:
    return PARTS_OF_DAY.get(pod.lower()) if pod else None


def _day_norm(ctx: Context, day: dt.date | None, pod: str | None, pre: str | None,
              partial: str = "XXXX-XX-XX") -> Norm:
    code = _pod_code(pod)
    mod = edge_mod(pre)
    if day is None:
        return Norm("TIME" if code else "DATE", partial + (f"T{code}" if code else ""), mod)
    if code:
        return _date_norm(ctx, f"{day.isoformat()}T{code}", day, day, mod=mod, typ="TIME")
    return _date_norm(ctx, day.isoformat(), day, day, mod=mod)


def h_named_day(m: re.Match[str], ctx: Context) -> Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    pre, pod = _g(m, "pre"), _g(m, "pod")
    if w == "tonight":
        pod = "night"
    if pre and pre.startswith("mid-"):
        pod, pre = pre[4:], "mid"
    day = ctx.dct + dt.timedelta(days=_NAMED[w]) if ctx.dct else None
    return _day_norm(ctx, day, pod, pre)


def h_pod(m: re.Match[str], ctx: Context) -> Norm | None:
    det, pod = m["det"].lower(), m["pod"].lower()
    if ctx.dct is None:
        return _day_norm(ctx, None, pod, _g(m, "pre"))
    offset = {"this": 0, "tomorrow": 1, "yesterday": -1, "last": -1 if pod in ("night", "evening") else 0}
    day = ctx.dct + dt.timedelta(days=offset[det])
    return _day_norm(ctx, day, pod, _g(m, "pre"))


def h_weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    wd = WEEKDAYS[m["wd"].lower()]
    if not m["rel"] and not _g(m, "pre") and re.search(r"\b(?:Black|Bloody|Super|Blue)\s+$", ctx.text[max(0, ctx.start - 8):ctx.start]):
        return None  # "Black Monday", "Bloody Sunday", "Super Tuesday": the name of an event
    rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else ctx.inherit_rel
    pre, pod = _g(m, "pre"), _g(m, "pod")
    if ctx.dct is None:
        return _day_norm(ctx, None, pod, pre, f"XXXX-WXX-{wd + 1}")
    ago = _g(m, "ago")
    if ago:
        week = {"last": -7, "next": 7, "this": 0}[ago.split()[0]] if not ago.startswith("a ") else -7
        day = dates.monday(ctx.dct) + dt.timedelta(days=week + wd)
    else:
        tense = ctx.tense() if rel in (None, "this") else None
        if ctx.text[ctx.end:ctx.end + 2] in ("'s", "’s") and ctx.forced is None:
            before = " ".join(ctx.prev_words(3))
            ahead = re.search(r"\b(?:ahead of|before|upcoming|until|for|awaiting|await)$", before)
            tense = "future" if ahead else "past"
        # "the previous Friday", "the following Monday" are anaphoric: counted from the day the
        # narrative is at (the last full date named), not from the reference date
        base = ctx.anchor if rel in ("previous", "following") and ctx.anchor is not None else ctx.dct
        day = weekday_date(base, wd, rel, tense)
    return _day_norm(ctx, day, pod, pre)


def h_weekend(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    if ctx.dct is None:
        return Norm("DATE", "XXXX-WXX-WE")
    dct = ctx.dct
    sat_this = dates.monday(dct) + dt.timedelta(days=5)
    if rel == "this past":
        sat = sat_this if dct.weekday() >= 5 else sat_this - dt.timedelta(days=7)
    elif rel in ("last", "past", "previous"):
        sat = sat_this - dt.timedelta(days=7)
    elif rel in ("next", "coming", "this coming", "following"):
        sat = sat_this + dt.timedelta(days=7) if dct.weekday() >= 5 else sat_this
    elif rel == "this":
        sat = sat_this
    else:
        tense = ctx.tense()
        if tense in ("future", "present"):
            sat = sat_this
        else:
            sat = sat_this if dct.weekday() >= 5 else sat_this - dt.timedelta(days=7)
    sun = sat + _DAY
    return Norm("DATE", f"{dates.week_value(sat)}-WE", None, sat, sun, True)


def h_rel_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    rel, unit, edge = re.sub(r"\s+", " ", m["rel"].lower()), m["u"].lower(), _g(m, "edge")
    step = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
            "this past": -1, "this coming": 1}[rel]
    if ctx.dct is None:
        xv = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "decade": "XXX"}[unit]
        return Norm("DATE", xv, edge_mod(edge))
    dct = ctx.dct
    value, b, u = granular(shift(dct, step, unit), unit)
    if step == 0 and edge in ("earlier", "later"):
        if edge == "earlier":
            last = dct if unit == "year" else dct - _DAY
            return Norm("DATE", value, "START", b, max(b, last), True)
        return Norm("DATE", value, "END", min(u, dct + _DAY), u, True)
    if step == 0 and edge is None and unit == "week" and dct.weekday() == 6 and ctx.tense() == "future":
        # "this week" said on a Sunday about a future act: that Sunday and the week after
        return Norm("DATE", value, None, dct, dct + dt.timedelta(days=7), True)
    if step == 0 and edge is None and unit == "month":
        tense = ctx.tense()
        if tense == "past":
            return _date_norm(ctx, value, b, dct, vague=True)
        if tense == "future":
            return _date_norm(ctx, value, dct, u, vague=True)
    return _date_norm(ctx, value, b, u, edge, vague=True)


def h_in_the_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    unit, edge = m["u"].lower(), m["edge"].lower()
    if ctx.dct is None:
        return Norm("DATE", {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit], edge_mod(edge))
    value, b, u = granular(ctx.dct, unit)
    if edge == "earlier":
        return Norm("DATE", value, "START", b, ctx.dct, True)
    return Norm("DATE", value, "END", ctx.dct, u, True)


def h_end_of_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    unit, edge = m["u"].lower(), m["edge"].lower()
    if ctx.dct is None:
        return Norm("DATE", {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "decade": "XXX"}[unit],
                    edge_mod(edge))
    value, b, u = granular(ctx.dct, unit)
    mod = edge_mod(edge)
    if mod == "END" and ctx.tense() == "past" and ctx.signal() not in ("by", "until", "till", "before"):
        # a past clause cannot mean an end that is still ahead: the previous period's end
        end_begin = dates.sub_interval(b, u, "END")[0]
        if ctx.dct < end_begin:
            value, b, u = granular(b - _DAY, unit)
    return _date_norm(ctx, value, b, u, edge, vague=True)


def h_for_the_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """Results prose: "for the year ended June 30" is a one-year duration; "for the year" the
    current year."""
    if m["ended"]:
        return Norm("DURATION", "P1Y")
    if ctx.dct is None:
        return Norm("DATE", "XXXX")
    b, u = dates.year_interval(ctx.dct.year)
    return _date_norm(ctx, str(ctx.dct.year), b, u, vague=True)


def h_year_end(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.dct is None:
        return Norm("DATE", "XXXX", "END")
    unit = "month" if m["w"].lower().startswith("month") else "year"
    value, b, u = granular(ctx.dct, unit)
    return _date_norm(ctx, value, b, u, "end", vague=True)


def h_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = _unit(m["u"])
    n = _num(m["n"])
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    mod_word = _g(m, "mod")
    mod = "APPROX" if mod_word else None
    if direction in ("before", "after"):
        return None
    base = ctx.dct if direction in ("ago", "from now", "hence") else ctx.base()
    sign = -1 if direction in ("ago", "earlier") else 1
    if (direction in ("later", "earlier") and unit in ("year", "decade") and ctx.near_year is not None
            and n is not None and n == int(n)):
        # "ratified in 1998 and entered into force a year later": count from the year named
        y = ctx.near_year + sign * int(n) * (10 if unit == "decade" else 1)
        b, u = dates.year_interval(y)
        return Norm("DATE", str(y), mod, b, u, True)
    if base is None:
        return Norm("DATE", "XXXX-XX-XX", mod)
    if n is None:
        # "several years ago", "a few days ago": somewhere in the past
        if direction == "ago":
            far = {"day": 10, "week": 60, "month": 365}.get(unit, 3650)
            return Norm("DATE", "PAST_REF", mod, base - dt.timedelta(days=far), base - _DAY, True)
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    if n != int(n):
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    if unit == "year" and n == 1 and sign < 0 and _quarter_context(ctx):
        y, q = ctx.near_quarter or reporting_quarter(ctx.dct or base)
        b, u = dates.quarter_interval(y - 1, q)
        return Norm("DATE", f"{y - 1}-Q{q}", mod, b, u, True)
    if not in_calendar(base, sign * n, unit):
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)  # "10,000 years ago"
    day = shift(base, sign * int(n), unit)
    if unit in ("hour", "minute", "second"):
        return Norm("DATE", day.isoformat(), mod, day, day)
    value, b, u = granular(day, unit)
    if unit in ("day", "night"):
        return Norm("DATE", value, mod, b, u, bool(mod))
    return Norm("DATE", value, mod, b, u, True)


def _quarter_context(ctx: Context) -> bool:
    """Quarterly-results prose: "a year ago" then means the year-ago quarter."""
    window = ctx.text[max(0, ctx.start - 300):ctx.end + 100].lower()
    return "quarter" in window


def h_quarter(m: re.Match[str], ctx: Context) -> Norm | None:
    qw = m["q"].lower()
    half = m["u"].lower() == "half"
    if qw in ("final", "last"):
        if not (m["y2"] or m["yw"]):
            return None  # "the last quarter" alone is relative (previous quarter)
        qw = "second" if half else "fourth"
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[qw]
    if half and q > 2:
        return None
    year_s = m["y1"] or m["y2"] or m["y3"]
    yrel = _g(m, "yrel") or _g(m, "yw") or _g(m, "ry")
    code = f"H{q}" if half else f"Q{q}"
    if year_s:
        y = int(year_s)
    elif ctx.dct is None:
        return Norm("DATE", f"XXXX-{code}")
    elif yrel:
        y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[yrel]
    else:
        if half:
            tense = ctx.tense()
            cur = 1 if ctx.dct.month <= 6 else 2
            y = ctx.dct.year - (1 if (q > cur and tense != "future") else 0)
            y += 1 if (tense == "future" and q < cur) else 0
        else:
            y = quarter_year(ctx.dct, q, ctx.tense())
    b, u = dates.half_interval(y, q) if half else dates.quarter_interval(y, q)
    return _date_norm(ctx, f"{y}-{code}", b, u, vague=True)


def h_quarter_q(m: re.Match[str], ctx: Context) -> Norm | None:
    code = m["q"].upper()
    q = int(code[1])
    if m["y"]:
        y = int(m["y"])
    elif ctx.dct is None:
        return Norm("DATE", f"XXXX-{code}")
    else:
        if code[0] == "H":
            return None
        y = quarter_year(ctx.dct, q, ctx.tense())
    b, u = dates.half_interval(y, q) if code[0] == "H" else dates.quarter_interval(y, q)
    return _date_norm(ctx, f"{y}-{code}", b, u, vague=True)


def h_quarter_rel(m: re.Match[str], ctx: Context) -> Norm | None:
    text = m.group(0).lower()
    rel = re.sub(r"\s+", " ", m["rel"].lower()) if m["rel"] else None
    is_period = text.rstrip().endswith("period") or (m["ago"] is not None and "period" in text)
    if is_period and not m["y"] and rel not in ("latest", "same", "comparable", "year-ago", "year-earlier",
                                                "corresponding"):
        return None
    if text.startswith("a ") and rel is None:
        return None
    if ctx.dct is None:
        return Norm("DATE", "XXXX-QX")
    y, q = reporting_quarter(ctx.dct)
    cq = dates.quarter_of(ctx.dct)
    if rel in ("current",) or (rel is None and text.startswith("this")):
        y, q = ctx.dct.year, cq
    elif rel in ("last", "past", "previous"):
        y, q = (ctx.dct.year, cq - 1) if cq > 1 else (ctx.dct.year - 1, 4)
    elif rel in ("next", "coming"):
        y, q = (ctx.dct.year, cq + 1) if cq < 4 else (ctx.dct.year + 1, 1)
    ref = ctx.last_ref
    if (is_period and rel in ("same", "comparable", "corresponding") and m["ago"] and not m["y"]
            and ref is not None and ref[0] == "month"):
        # "sales rose in February compared to the same period last year": that month, a year back
        day = dates.add_years(ref[1], -1)
        b, u = dates.month_interval(day.year, day.month)
        return _date_norm(ctx, f"{day.year}-{day.month:02d}", b, u, vague=True)
    if rel in ("same", "comparable", "year-ago", "year-earlier", "corresponding") or m["ago"]:
        y -= 1
    if m["y"]:
        y = int(m["y"])
    b, u = dates.quarter_interval(y, q)
    return _date_norm(ctx, f"{y}-Q{q}", b, u, vague=True)


def h_year_ago_adj(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.dct is None:
        return Norm("DATE", "XXXX")
    unit = _g(m, "u")
    if unit in ("quarter", "period") or (unit is None and _quarter_context(ctx)):
        y, q = ctx.near_quarter or reporting_quarter(ctx.dct)
        b, u = dates.quarter_interval(y - 1, q)
        return _date_norm(ctx, f"{y - 1}-Q{q}", b, u, vague=True)
    b, u = dates.year_interval(ctx.dct.year - 1)
    return _date_norm(ctx, str(ctx.dct.year - 1), b, u, vague=True)


def h_the_year(m: re.Match[str], ctx: Context) -> Norm | None:
    rel = m["rel"].lower()
    if rel == "fiscal" or rel == "calendar":
        return Norm("DURATION", "P1Y")
    base = ctx.base_for("year") if rel in ("following", "same", "previous") else ctx.dct
    if base is None:
        return Norm("DATE", "XXXX")
    y = base.year + {"previous": -1, "past": -1, "next": 1, "following": 1}.get(rel, 0)
    b, u = dates.year_interval(y)
    return _date_norm(ctx, str(y), b, u, vague=True)


def h_new_year(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "in the new year": the coming year when said in the autumn, else the current one."""
    if ctx.dct is None:
        return Norm("DATE", "XXXX")
    y = ctx.dct.year + (1 if ctx.dct.month >= 9 else 0)
    b, u = dates.year_interval(y)
    return _date_norm(ctx, str(y), b, u, vague=True)


def h_within_year(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.dct is None:
        return Norm("DATE", "XXXX")
    return Norm("DATE", str(ctx.dct.year), None, ctx.dct, dt.date(ctx.dct.year, 12, 31), True)


def h_season(m: re.Match[str], ctx: Context) -> Norm | None:
    code = SEASONS[m["s"].lower()]
    rel, edge = _g(m, "rel") or ctx.inherit_rel, _g(m, "edge")
    word = m["s"].lower()
    sy = spoken_year(m["sy"]) if m["sy"] else None
    if m["y"] or sy:
        y = int(m["y"]) if m["y"] else sy or 0
    else:
        if rel is None and edge is None and word in ("fall", "spring"):
            return None
        if ctx.dct is None:
            return Norm("DATE", f"XXXX-{code}", edge_mod(edge))
        rel_norm = re.sub(r"\s+", " ", rel) if rel else None
        if m["ry"]:
            rel_norm = m["ry"].lower() + " year's"
        if rel_norm and rel_norm.endswith("year's"):
            y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel_norm.split()[0]]
        else:
            r = None if rel_norm in (None, "the") else rel_norm
            y = season_year(ctx.dct, code, r, ctx.tense() if r is None else None)
    b, u = dates.season_interval(y, code)
    return _date_norm(ctx, f"{y}-{code}", b, u, edge, vague=True)


def _holiday_date(name: str, year: int) -> dt.date | None:
    n = re.sub(r"\s+", " ", name.lower())
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
             "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31), "may day": (5, 1)}
    if n in fixed:
        return dt.date(year, *fixed[n])
    if n.startswith("thanksgiving"):
        return dates.nth_weekday(year, 11, 3, 4)
    if n.startswith("easter"):
        e = dates.easter(year)
        return e + _DAY if n.endswith("monday") else e
    before_easter = {"good friday": 2, "palm sunday": 7, "ash wednesday": 46, "maundy thursday": 3,
                     "holy thursday": 3}
    if n in before_easter:
        return dates.easter(year) - dt.timedelta(days=before_easter[n])
    if n in ("black friday", "cyber monday"):
        return dates.nth_weekday(year, 11, 3, 4) + dt.timedelta(days=1 if n == "black friday" else 4)
    if n == "labor day":
        return dates.nth_weekday(year, 9, 0, 1)
    if n == "memorial day":
        return dates.nth_weekday(year, 5, 0, -1)
    if n == "election day":
        first_monday = dates.nth_weekday(year, 11, 0, 1)
        return first_monday + _DAY
    return None


def h_holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    name = m["w"]
    rel = _g(m, "rel")
    if ctx.dct is None:
        return Norm("DATE", "XXXX-XX-XX")
    dct = ctx.dct
    this = _holiday_date(name, dct.year)
    if this is None:
        return None
    if rel == "last":
        y = dct.year if this < dct else dct.year - 1
    elif rel == "next":
        y = dct.year if this > dct else dct.year + 1
    elif rel == "this":
        y = dct.year
    else:
        deltas: dict[int, float] = {}
        for yy in (dct.year - 1, dct.year, dct.year + 1):
            hd = _holiday_date(name, yy)
            if hd is not None:
                deltas[yy] = float((hd - dct).days)
        strict = ctx.forced is not None
        y = pick_nearest(deltas, ctx.tense(), 1e6 if strict else 12.0 if ctx.tense_is_firm() else 4.0)
    d = _holiday_date(name, y)
    if d is None:
        return None
    return _date_norm(ctx, d.isoformat(), d, d)


def _named_month(m: re.Match[str], ctx: Context) -> tuple[int, int | None]:
    """The month a match names (group "m") and its year: the stated one (group "y"), else the one
    the tense picks around the reference date; None without a reference date."""
    mo = MONTHS[m["m"].lower()]
    if m["y"]:
        return mo, int(m["y"])
    if ctx.dct is None:
        return mo, None
    return mo, month_year(ctx.dct, mo, None, ctx.tense())


def h_week_of_month(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the first week of April": days 1-7 (the last week: the final seven days)."""
    mo, y = _named_month(m, ctx)
    if y is None:
        return Norm("DATE", f"XXXX-{mo:02d}")
    b, u = dates.month_interval(y, mo)
    o = m["o"].lower()
    span = 10 if "ten" in m["u"].lower() else 7
    mod: str | None
    if o in ("last", "final"):
        b, mod = u - dt.timedelta(days=span - 1), "END"
    else:
        k = {"first": 0, "second": 1, "third": 2, "fourth": 3}[o]
        b = b + dt.timedelta(days=span * k)
        u = b + dt.timedelta(days=span - 1)
        mod = "START" if k == 0 else None
    return Norm("DATE", f"{y}-{mo:02d}", mod, b, u, True)


def h_half_month(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "the first half of March": 1..15 March; the second half: 16..end."""
    mo, y = _named_month(m, ctx)
    if y is None:
        return Norm("DATE", f"XXXX-{mo:02d}")
    b, u = dates.month_interval(y, mo)
    if m["h"].lower() == "first":
        return _date_norm(ctx, f"{y}-{mo:02d}", b, b.replace(day=15), mod="START", vague=True)
    return _date_norm(ctx, f"{y}-{mo:02d}", b.replace(day=16), u, mod="END", vague=True)


def h_that_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    """Anaphoric "that year", "the next day", "later that week": relative to the last full
    date mentioned before (the narrative anchor), else the reference date."""
    det = re.sub(r"\s+", " ", m["det"].lower())
    unit = m["u"].lower()
    edge = _g(m, "edge")
    pod = unit if unit in ("morning", "afternoon", "evening", "night") else None
    if pod:
        unit = "day"
    base = ctx.base_for(unit)
    if det in ("that", "the same") and ctx.anchor is None and unit == "day" and not ctx.probe:
        return None  # "that day" with no day mentioned before it
    if base is None:
        return Norm("DATE", "XXXX-XX-XX")
    step = {"that": 0, "the same": 0, "the next": 1, "the following": 1, "the previous": -1,
            "the preceding": -1}[det]
    day = shift(base, step, unit)
    if m["ago"]:
        day = dates.add_years(day, -1)  # "the same month a year ago": that month, one year back
    if unit == "day":
        return _day_norm(ctx, day, pod, edge)
    value, b, u = granular(day, unit)
    return _date_norm(ctx, value, b, u, edge, vague=True)


def h_the_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """Anaphoric "the day" in reports of a day's course ("to end the day at 7,114", "for the
    day", "the start of the day"): the day the story is about -- a day named earlier in the
    sentence, else the last day named if it lies within a week of the reference date, else the
    reference date itself."""
    dct = ctx.dct
    if dct is None:
        return Norm("DATE", "XXXX-XX-XX", edge_mod(_g(m, "edge")))
    day = ctx.near
    if day is None and ctx.anchor is not None and abs((ctx.anchor - dct).days) <= 7:
        day = ctx.anchor
    day = day or dct
    return _date_norm(ctx, day.isoformat(), day, day, _g(m, "edge"))


def h_bare_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "years ago", "weeks later": a vague past (or later) reference."""
    direction = m["dir"].lower()
    if direction == "ago" and _unit(m["u"]) not in ("hour", "minute"):
        return Norm("DATE", "PAST_REF")
    return Norm("DURATION", duration_value(None, _unit(m["u"])))

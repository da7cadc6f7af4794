"""Calendar arithmetic and TIMEX3 value formatting (pure functions, no state)."""

from __future__ import annotations

import datetime as dt

Interval = tuple[dt.date, dt.date]

SEASON_CODES: tuple[str, ...] = ("SP", "SU", "FA", "WI")


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month."""
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def month_interval(year: int, month: int) -> Interval:
    return dt.date(year, month, 1), month_end(year, month)


def year_interval(year: int) -> Interval:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def add_months(day: dt.date, months: int) -> dt.date:
    """Shift by calendar months, clamping the day to the target month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, month_end(year, month).day))


def add_years(day: dt.date, years: int) -> dt.date:
    return add_months(day, 12 * years)


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def week_interval(day: dt.date) -> Interval:
    start = monday(day)
    return start, start + dt.timedelta(days=6)


def week_value(day: dt.date) -> str:
    """ISO week value, e.g. ``2026-W11``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def reference_point(value: str) -> tuple[str, dt.date] | None:
    """Granularity and first day of a calendar TIMEX3 value, for anaphora ("that year" after
    "in 1988"): ``1988`` -> ("year", 1988-01-01), ``1988-06`` -> ("month", ...), ``1988-W23`` ->
    ("week", its Monday), ``1988-06-05T14:00`` -> ("day", ...), ``1988-Q2`` -> ("quarter", ...),
    ``1988-SU`` -> ("season", ...). None for anything else (decades, durations, PAST_REF)."""
    if len(value) < 4 or not value[:4].isdigit():
        return None
    y = int(value[:4])
    rest = value[4:]
    try:
        if rest == "":
            return "year", dt.date(y, 1, 1)
        if len(rest) >= 6 and rest[0] == "-" and rest[1:3].isdigit() and rest[3] == "-" and rest[4:6].isdigit():
            return "day", dt.date(y, int(rest[1:3]), int(rest[4:6]))
        if len(rest) == 3 and rest[0] == "-" and rest[1:].isdigit():
            return "month", dt.date(y, int(rest[1:]), 1)
        if rest.startswith("-W") and rest[2:4].isdigit():
            return "week", dt.date.fromisocalendar(y, int(rest[2:4]), 1)
        if len(rest) == 3 and rest[:2] == "-Q" and rest[2] in "1234":
            return "quarter", dt.date(y, 3 * int(rest[2]) - 2, 1)
        if rest[1:] in SEASON_CODES:
            return "season", season_interval(y, rest[1:])[0]
    except ValueError:
        return None
    return None


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_interval(year: int, quarter: int) -> Interval:
    first = 3 * (quarter - 1) + 1
    return dt.date(year, first, 1), month_end(year, first + 2)


def half_interval(year: int, half: int) -> Interval:
    first = 6 * (half - 1) + 1
    return dt.date(year, first, 1), month_end(year, first + 5)


def season_interval(year: int, code: str) -> Interval:
    """Meteorological (northern) seasons; winter ``Y-WI`` runs December Y .. February Y+1."""
    if code == "SP":
        return dt.date(year, 3, 1), dt.date(year, 5, 31)
    if code == "SU":
        return dt.date(year, 6, 1), dt.date(year, 8, 31)
    if code == "FA":
        return dt.date(year, 9, 1), dt.date(year, 11, 30)
    return dt.date(year, 12, 1), month_end(year + 1, 2)


def season_containing(day: dt.date) -> tuple[int, str]:
    """(year, code) of the season a day falls in (January/February belong to last year's winter)."""
    if day.month in (1, 2):
        return day.year - 1, "WI"
    return day.year, SEASON_CODES[(day.month - 3) // 3]


def decade_interval(decade: int) -> Interval:
    """``decade`` is the TIMEX3 three-digit prefix, e.g. 199 for the 1990s."""
    return dt.date(decade * 10, 1, 1), dt.date(decade * 10 + 9, 12, 31)


def century_interval(century: int) -> Interval:
    """``century`` is the TIMEX3 two-digit prefix, e.g. 19 for the 20th century."""
    return dt.date(century * 100, 1, 1), dt.date(century * 100 + 99, 12, 31)


def sub_interval(begin: dt.date, until: dt.date, part: str) -> Interval:
    """Early/mid/late part of a month-sized or larger interval (START = first third, etc.).

    Months follow the annotation guidelines: early = 1..10, mid = 10..20, late = 20..end.
    """
    if begin.day == 1 and until == month_end(begin.year, begin.month):
        if part == "START":
            return begin, begin.replace(day=10)
        if part == "MID":
            return begin.replace(day=10), begin.replace(day=20)
        return begin.replace(day=20), until
    if begin == dt.date(begin.year, 1, 1) and until == dt.date(begin.year, 12, 31):
        # a year: early = January-April, mid = May-August, late = September-December
        if part == "START":
            return begin, dt.date(begin.year, 4, 30)
        if part == "MID":
            return dt.date(begin.year, 5, 1), dt.date(begin.year, 8, 31)
        return dt.date(begin.year, 9, 1), until
    if begin.month == 1 and begin.day == 1 and until.month == 12 and until.day == 31 and until.year > begin.year:
        # decades and centuries: early = first 30%, mid = 30-70%, late = last 30% (whole years)
        n = until.year - begin.year + 1
        lo, hi = n * 3 // 10, n * 7 // 10
        if part == "START":
            return begin, dt.date(begin.year + lo - 1, 12, 31)
        if part == "MID":
            return dt.date(begin.year + lo, 1, 1), dt.date(begin.year + hi - 1, 12, 31)
        return dt.date(begin.year + hi, 1, 1), until
    span = (until - begin).days
    third = span // 3
    if part == "START":
        return begin, begin + dt.timedelta(days=third)
    if part == "MID":
        return begin + dt.timedelta(days=third), until - dt.timedelta(days=third)
    return until - dt.timedelta(days=third), until


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """n-th (1-based) given weekday of a month; n = -1 for the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        shift = (weekday - first.weekday()) % 7
        return first + dt.timedelta(days=shift + 7 * (n - 1))
    last = month_end(year, month)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)

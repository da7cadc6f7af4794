"""Publication-date bounds for articles that carry no date.

The publication day ``p`` is an unknown; every piece of evidence in the article is a set of days
``p`` may fall on, and the answer is the smallest interval holding every day that satisfies them
all. Evidence, in the order it is applied:

1. office-holders named with a formal title: "Secretary of State Antony Blinken" can only be
   written while Blinken held that office (the union of his compatible tenures in the knowledge
   base, with a few days' grace). Each person votes; the days most persons agree on win, so one
   misread title is outvoted (a tie keeps every tied stretch: wider, not wrong);
2. a dateline or date stamp ("WARSAW, Sept 12 (Wire) --", "Monday, July 8, 2024 -"): that day
   or the next; with a full date it is the publication date itself (``value``);
3. "former X" (after a tenure as X ended, not while back in office), "X-elect" (before one
   began); "then-X" and titles used both with and without "former" say nothing;
4. explicit days, months and years the article reports as past (``p`` is on or after them);
   a past verb with an upcoming cue in the clause ("will travel on March 3, officials said")
   is not past;
5. "newly appointed X", "the new X", "her first trip as X": shortly after a tenure began;
6. explicit dates reported as upcoming, on a near future cue (``p`` is on or before them);
7. "last year" / "this year" written next to an explicit year;
8. month-days and months without a year stated in a sentence naming an office-holder: the act
   falls in (or just before) the tenure and is the most recent such day before ``p``;
9. weekday + date pairs ("Thursday, June 13"): only years where June 13 is a Thursday; a past
   pair is the news peg (``p`` within six days after it), an upcoming one within a year ahead;
   "yesterday (June 4)" fixes ``p``; "today (Monday)" fixes its weekday;
10. the latest explicit past day, when it falls on the article's news weekday ("on Friday" and
    "March 6 to 10, 2023", a Friday) or names its own weekday, is the news peg;
11. descriptive titles ("top diplomat", "leader", "spokesman"), looser than an office's name;
    "spokesman" fits an office whose holder speaks for the government ("Chief Cabinet Secretary");
12. "the first ... of the year" (a first half-year) and "this spring/summer/..." phrases;
12a. a state holding the rotating EU Council presidency: that half-year, by the table;
12b. a state that voted or abstained in the UN Security Council: an elected member that year
    (or the year before), by the table of elected members;
13. bare weekdays, as day-level tests on ``p`` (the guidelines' reading of the news peg): a past
    weekday names the most recent such day, which must itself fall in the office-holders'
    tenures; past and upcoming weekdays of one story lie within one week of each other; with
    "this week" / "next week" wording the peg is in ``p``'s own Monday-Sunday week.

A constraint that contradicts those already applied is dropped (so facts about office-holders
win over wording), and day-level tests that cannot all hold are relaxed. A side left open by the
evidence stays ``None``; a lower bound needs evidence that does not repeat every year.
Deterministic and pure: no clock, no model; the knowledge base's own latest date (plus two years)
is the furthest a year may be chosen for a pair or a dateline. ``explain`` lists the evidence.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from typing import TYPE_CHECKING

from communique.records import Actor, Published, Span, Timex
from communique.time.tense import clause_tense, clause_tense_cost, sentence_bounds

if TYPE_CHECKING:
    from communique.actors.kb import OfficeHolder, OfficeHolderKB

# ---- interval sets over day ordinals -------------------------------------------------------------
Ivs = tuple[tuple[int, int], ...]

U_LO = dt.date(1900, 1, 1).toordinal()
TITLE_GRACE = 3            # days a title outlives the tenure in print
START_GRACE = 1            # days a title may precede the recorded start
ELECT_WINDOW = 270         # "X-elect" is written at most this long before taking office (Indonesia: 8 months)
NEW_WINDOW = 60            # "newly appointed X" at most this long after taking office
# An inferred interval this narrow is precise enough to read "on Monday" against its first day.
NARROW_DAYS = 14
PEG_SPAN = 6               # a bare weekday names a day at most six days before publication
LEAD_PEG_SPAN = 2          # ... and a wire lead's weekday at most two days before its dateline
HORIZON_DAYS = 730         # pairs may pick a year up to two years past the knowledge base
ACT_SLACK = 60             # an act dated without a year may precede the recorded tenure start
FUTURE_COST = 12           # an upcoming date bounds publication only on a near future cue
SCAN_LIMIT = 1500          # day-level tests look this many candidate days in from each end


def _norm(ivs: Iterable[tuple[int, int]]) -> Ivs:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(iv for iv in ivs if iv[0] <= iv[1]):
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return tuple(out)


def _and(a: Ivs, b: Ivs) -> Ivs:
    out: list[tuple[int, int]] = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return tuple(out)


def _most_agreed(sets: Sequence[Ivs]) -> Ivs:
    """The days inside the largest number of ``sets`` (all of them when they agree)."""
    marks: list[tuple[int, int]] = []
    for ivs in sets:
        for lo, hi in ivs:
            marks += [(lo, 1), (hi + 1, -1)]
    marks.sort()
    best, count, out = 0, 0, []
    for i, (day, step) in enumerate(marks):
        count += step
        nxt = marks[i + 1][0] if i + 1 < len(marks) else day
        if nxt <= day:
            continue
        if count > best:
            best, out = count, [(day, nxt - 1)]
        elif count == best and best > 0:
            out.append((day, nxt - 1))
    return _norm(out)


def _not(ivs: Ivs, w: _Window) -> Ivs:
    out: list[tuple[int, int]] = []
    cur = w.lo
    for lo, hi in ivs:
        if lo > cur:
            out.append((cur, lo - 1))
        cur = max(cur, hi + 1)
    if cur <= w.hi:
        out.append((cur, w.hi))
    return tuple(out)


def _has(ivs: Ivs, day: int) -> bool:
    return any(lo <= day <= hi for lo, hi in ivs)


def _days(ivs: Ivs, reverse: bool = False) -> Iterable[int]:
    if reverse:
        for lo, hi in reversed(ivs):
            yield from range(hi, lo - 1, -1)
    else:
        for lo, hi in ivs:
            yield from range(lo, hi + 1)


def _o(d: dt.date) -> int:
    return d.toordinal()


def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class _Constraint:
    label: str
    days: Ivs
    state: bool = False     # holds for the news peg too (tenures, "first ... of the year")
    periodic: bool = False  # repeats every year (pairs, seasons): bounds nothing by itself
    who: str = ""           # the actor an office-holder constraint is about
    named: tuple[int, ...] = ()  # the days it rests on that the text names as past ("on March 3, 2025")


@dataclass(frozen=True, slots=True)
class _Window:
    lo: int
    hi: int

    @property
    def years(self) -> range:
        return range(dt.date.fromordinal(self.lo).year, dt.date.fromordinal(self.hi).year + 1)

    def clip(self, ivs: Iterable[tuple[int, int]]) -> Ivs:
        return _norm((max(lo, self.lo), min(hi, self.hi)) for lo, hi in ivs)

    def after(self, day: int) -> Ivs:
        return self.clip([(day, self.hi)])

    def before(self, day: int) -> Ivs:
        return self.clip([(self.lo, day)])


# ---- text cues ------------------------------------------------------------------------------------
_FULL_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")
_MD = re.compile(r"^XXXX-(\d\d)-(\d\d)")
_XMONTH = re.compile(r"^XXXX-(\d\d)$")
_WEEKDAY_VALUE = re.compile(r"^XXXX-WXX-([1-7])")
_WEEKDAY_NAME = re.compile(
    r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|sday|urday)?\b\.?", re.I)
_WD_INDEX = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
             "sat": 5, "sun": 6}
_WEEKDAY_MODIFIED = re.compile(r"^(last|next|this|coming|following|previous|past|every|each)\b", re.I)
_REL_DAY = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
            "yesterday": 1, "last night": 1, "tomorrow": -1}
_PAIR_GAP = re.compile(r"^[\s,(\[\-\u2013\u2014]*(?:on\s+|the\s+)?$", re.I)
_PAIR_GAP_AFTER = re.compile(r"^[\s,(\[\-\u2013\u2014]*$")
_ADVERBIAL_YEAR = re.compile(
    r"\b(in|since|during|from|of|early|late|mid|throughout|and|years?|spring|summer|autumn|fall|winter|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)"
    r"[\s-]*$|[-\u2013]\s*$", re.I)
_THIS_WEEK = re.compile(r"\b(this|next)\s+week\b", re.I)
_FIRST_OF_YEAR = re.compile(
    r"\bfirst\b[^.;:!?]{0,60}?\bof\s+the\s+(?:new\s+)?year\b|\bthe\s+year['\u2019]s\s+first\b", re.I)
_SEASON = re.compile(r"\b(earlier|later)?\s*this\s+(spring|summer|autumn|fall|winter)\b", re.I)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_FUTURE_CUE = re.compile(
    r"\b(will|would|shall|scheduled|set to|due|plans?|planned|planning|expected|upcoming|next|intends?|"
    r"aims?|going to|is to|are to|ahead of|prepar\w+|later)\b|'ll\b", re.I)
_SINCE = re.compile(r"\b(since|ago|earlier|previously)\s+(the\s+)?$", re.I)
_RELATIVE_WORDS = re.compile(r"\b(next|last|this|coming|past|previous|following|year|month|week)\b", re.I)
_YEAR_REL = re.compile(r"^(last|this|next)\s+year$", re.I)

# descriptive titles, looser than an office's name ("China's top diplomat" need not be its minister)
_EPITHET = re.compile(r"\b(top|chief|senior|leading)\s+(diplomat|official)s?\b|\b(leader|strongman|dictator|ruler|"
                      r"head|chief|boss|counterpart|spokes(wo)?man|spokesperson)\b", re.I)
# "WARSAW, Sept 12", "BAKU, Azerbaijan, December 23": a capitalised place, then the date
_DATELINE = re.compile(r"(^|[\n)\]]\s*|\s)[A-Z]{3,}(?:[ .'\-]+[A-Z]{2,})*\.?,\s+(?:[A-Z][A-Za-z]+,\s+)?$")
DATELINE_REACH = 400
_ELECT_BEFORE = re.compile(r"(?:[A-Z][a-z]+\s){0,3}[A-Z][a-z]+[-\s]elect\s+$")
_FORMER = re.compile(r"\b(former|ex|late|previous|erstwhile)\b|\bex-", re.I)
_THEN = re.compile(r"\bthen\b|\bthen-|\bat the time\b|\b(was|served|had been)\b", re.I)
_ELECT = re.compile(r"-?\belect\b|\bdesignate\b|\bincoming\b|\bnominee\b", re.I)
_ACTING = re.compile(r"\b(acting|interim|caretaker)\b", re.I)
_NEW = re.compile(r"\b(new|[Nn]ewly[- ][a-z]+|[Rr]ecently[- ](appointed|elected|named|installed|sworn))\b")
_FIRST_AS = re.compile(
    r"\b(his|her|their|its)\s+(very\s+)?first\s+(\w+\s+){0,2}(trip|visit|tour|meeting|talks|summit|speech|"
    r"address|appearance|call|news conference|press conference)s?\s+(abroad\s+)?(as|since (becoming|taking))\b",
    re.I)
_BECAME = re.compile(
    r"^\s*,\s*who\s+(recently\s+|has\s+|had\s+|just\s+)?(became|took office as|was (appointed|named|elected|"
    r"sworn in as|installed as))\s+([^,.;:()]{3,90})", re.I)
_BECAME_LATELY = re.compile(
    r"\b(became|took office|sworn in|appointed|named|elected|assumed office|took over|succeeded)\b[^.;]{0,40}?"
    r"\b(last (week|month)|this (week|month)|earlier this (week|month)|on (mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"yesterday|(a|two|three|few) (days?|weeks?) ago)\b", re.I)
_RECENT = re.compile(r"\b(recently|just|newly)\b", re.I)
# "spokesman Yoshimasa Hayashi": the holder of an office whose holder is the government's voice
# (Japan's Chief Cabinet Secretary, a presidential press secretary)
_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b", re.I)
_SPOKESPERSON_OFFICE = re.compile(r"\b(?:chief cabinet secretary|press secretary|spokes(?:man|woman|person))\b", re.I)

# A state that voted or abstained in the Security Council sat on it that year as an elected
# member; the five permanent members say nothing. Years past the table are unknown, not excluded.
# The tables are data: data/unsc_elected.tsv and data/eu_presidencies.tsv.
_UNSC_PERMANENT = frozenset({"USA", "GBR", "FRA", "RUS", "CHN"})
_VOTED = re.compile(r"^[\s,]*(?:(?:also|both|had|has|have|then|instead)\s+)*(?:voted|abstained|abstaining)\b", re.I)
_COUNCIL = re.compile(r"\b(?:security council|council|resolution)\b", re.I)

EU_PRESIDENCY_GRACE = 7   # days after a half-year ends that it may still be written of as held
# "Hungary, which holds the rotating presidency of the Council of the EU", "has held the EU presidency since"
_HOLDS_PRESIDENCY = re.compile(
    r"^[\s,]*(?:which\s+|that\s+)?(?:currently\s+|now\s+)?(?:holds|has\s+held|is\s+holding)\s+the\s+"
    r"(?:(?:current|rotating|temporary|six-month|half-yearly)\s+)*(?:(?:EU|European\s+Union|Council)\s+)?"
    r"presidency\b(?:\s+of\s+the\s+(?:Council\s+of\s+the\s+)?(?:EU|European\s+Union)\b)?", re.I)


def _rows(name: str) -> list[list[str]]:
    text = resources.files("communique.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=1)
def _unsc_table() -> tuple[dict[str, frozenset[int]], int]:
    """Years each state sat as an elected member, and the last year the table knows."""
    years: dict[str, set[int]] = {}
    for code, first, last in _rows("unsc_elected.tsv"):
        years.setdefault(code, set()).update(range(int(first), int(last) + 1))
    known = max(y for ys in years.values() for y in ys)
    return {c: frozenset(ys) for c, ys in years.items()}, known


@functools.lru_cache(maxsize=1)
def _eu_table() -> tuple[dict[str, tuple[tuple[dt.date, dt.date], ...]], int]:
    """The half-years each state held the EU Council presidency, and the last year the table knows."""
    terms: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for year, half, code in _rows("eu_presidencies.tsv"):
        y = int(year)
        span = (dt.date(y, 1, 1), dt.date(y, 6, 30)) if half == "1" else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        terms.setdefault(code, []).append(span)
    known = max(hi.year for spans in terms.values() for _, hi in spans)
    return {c: tuple(v) for c, v in terms.items()}, known


def unsc_years(iso3: str) -> frozenset[int]:
    """The years (up to the table's end) ``iso3`` sat on the UN Security Council as an elected member."""
    return _unsc_table()[0].get(iso3, frozenset())


def eu_presidency_terms(iso3: str) -> list[tuple[dt.date, dt.date]]:
    """The half-years ``iso3`` held the rotating presidency of the Council of the EU (in the table)."""
    return list(_eu_table()[0].get(iso3, ()))


_MODIFIER_WORDS = frozenset({
    "former", "ex", "then", "late", "outgoing", "incoming", "acting", "interim", "caretaker", "new", "newly",
    "recently", "appointed", "elected", "named", "installed", "sworn", "designate", "the", "a", "an", "his",
    "her", "its", "their", "current", "sitting", "serving", "previous", "erstwhile", "who", "is", "was",
    "now", "became", "served", "as", "had", "been", "de", "facto", "then-", "ex-",
})


def _modifier_run(before: str) -> str:
    """The words directly before a title that can qualify it: modifiers ("former", "then-",
    "newly appointed") and capitalised words ("U.S.", "Brazilian"); stops at anything else."""
    run: list[str] = []
    for tok in reversed(re.findall(r"[A-Za-z0-9.'\u2019\-]+|[^\sA-Za-z0-9]", before)):
        low = tok.lower()
        if low in _MODIFIER_WORDS or low.startswith(("ex-", "then-")) or tok[:1].isupper() or \
                low.endswith(("'s", "\u2019s")):
            run.append(tok)
        else:
            break
    return " ".join(reversed(run))


def _weekday_in(text: str) -> int | None:
    m = _WEEKDAY_NAME.search(text)
    return _WD_INDEX[m.group(1).lower()] if m else None


@dataclass(frozen=True, slots=True)
class _Persons:
    current: list[_Constraint]   # formal titles: in office at publication
    former: list[_Constraint]    # "former X", "X-elect"
    new: list[_Constraint]       # newly in office
    epithet: list[_Constraint]   # descriptive titles ("top diplomat", "leader"): weaker
    held: dict[str, Ivs]         # actor id -> days in office under a formal title


# ---- the solver -----------------------------------------------------------------------------------
@dataclass
class _Problem:
    text: str
    timexes: list[Timex]
    actors: Sequence[Actor]
    kb: OfficeHolderKB
    window: _Window

    # ----------------------------------------------------------------- persons
    def _tenures(self, a: Actor, title: str, *, acting: bool = False) -> list[OfficeHolder]:
        from communique.actors.kb import title_compatible

        bare = _ACTING.sub("", _ELECT.sub("", _FORMER.sub("", title))).strip(" -")
        if not bare:
            return []
        spokes = bool(_SPOKESPERSON.search(bare)) and not re.search(r"\b(deputy|vice|assistant)\b", bare, re.I)
        seen: dict[str, OfficeHolder] = {}
        for name in (a.name, *a.aliases):
            for h in self.kb.by_name(name):
                if title_compatible(bare, h) or (spokes and _SPOKESPERSON_OFFICE.search(h.title)):
                    seen.setdefault(h.kb_id, h)
            if seen:
                break
        found = list(seen.values())
        if a.country:
            mine = [h for h in found if h.country == a.country.upper() or (h.org or "").upper() == a.country.upper()]
            found = mine or found
        if acting:
            found = [h for h in found if h.acting]
        return found

    def _usages(self, a: Actor, title: str) -> set[str]:
        """How each mention uses the title: 'current', 'former', 'then', 'elect', 'acting', 'new'."""
        text = self.text
        found: set[str] = set()
        low_title = title.lower()
        for s, e in a.mentions:
            sent_s, sent_e = sentence_bounds(text, s, e)
            left = text[max(sent_s, s - 120):s]
            i = left.lower().rfind(low_title)
            if i >= 0 and len(left) - (i + len(title)) <= 3:
                found |= self._marks(_modifier_run(left[:i]) + " " + left[i:], title)
                continue
            right = text[e:min(sent_e, e + 120)]
            j = right.lower().find(low_title)
            if j >= 0 and re.match(r"^\s*(,|\(|\u2013|\u2014|-)\s*", right) and \
                    not re.search(r"[;:.!?)]", right[:j]):
                found |= self._marks(_modifier_run(right[:j]) + " " + right[j:j + len(title) + 8], title)
        if not found:
            found = self._marks(title, title)
        return found

    @staticmethod
    def _marks(context: str, title: str) -> set[str]:
        out: set[str] = set()
        if _THEN.search(context):
            out.add("then")
        if _FORMER.search(context):
            out.add("former")
        if _ELECT.search(context):
            out.add("elect")
        if _ACTING.search(context):
            out.add("acting")
        if _NEW.search(context):
            out.add("new")
        if not out & {"then", "former", "elect"}:
            out.add("current")
        return out

    def _new_in_sentence(self, a: Actor) -> bool:
        """"X became minister last month", "X, who recently became minister", and "her first trip
        as minister" when X is the sentence's first person named (its subject, as a rule)."""
        for s, e in a.mentions:
            sent_s, sent_e = sentence_bounds(self.text, s, e)
            after = self.text[e:sent_e]
            lately = _BECAME_LATELY.search(after)
            if lately and lately.start() <= 16:
                return True
            if _RECENT.search(after[:40]) and _BECAME.match(after):
                return True
            if _FIRST_AS.search(self.text[sent_s:sent_e]):
                first = min((ms for p in self.actors if p.kind == "person" for ms, _ in p.mentions
                             if sent_s <= ms < sent_e), default=s)
                if first == s:
                    return True
        return False

    def person_constraints(self) -> _Persons:
        """Constraints from the office-holders named, and each actor's in-office days."""
        w = self.window
        current: list[_Constraint] = []
        former: list[_Constraint] = []
        new: list[_Constraint] = []
        epithet: list[_Constraint] = []
        held: dict[str, Ivs] = {}
        for a in self.actors:
            if a.kind != "person":
                continue
            titles = list(a.titles)
            became: list[str] = []
            for s, e in a.mentions:
                sent_s, sent_e = sentence_bounds(self.text, s, e)
                elect = _ELECT_BEFORE.search(self.text[max(sent_s, s - 60):s])
                if elect and elect.group(0).strip() not in titles:
                    titles.append(elect.group(0).strip())
                m = _BECAME.match(self.text[e:sent_e])
                if m:
                    became.append(m.group(4))
            is_new = self._new_in_sentence(a)
            person_days: Ivs | None = None
            for title in titles + became:
                usage = self._usages(a, title) if title in titles else {"current", "became"}
                if "then" in usage or ("former" in usage and "current" in usage):
                    continue
                acting = "acting" in usage or bool(_ACTING.search(title))
                tenures = self._tenures(a, title, acting=acting)
                if not tenures:
                    continue
                label = f"{a.name} / {title}"
                if "former" in usage:
                    ends = [h.end for h in tenures if h.end is not None]
                    if ends:
                        # after a tenure ended, and not while back in that office
                        back = _norm((_o(h.start) + TITLE_GRACE, _o(h.end) - 1 if h.end else w.hi) for h in tenures)
                        days = _and(w.after(_o(min(ends))), _not(back, w))
                        if days:
                            former.append(_Constraint(f"former {label}", days, state=True))
                    continue
                if "elect" in usage:
                    former.append(_Constraint(f"elect {label}", w.clip(
                        (_o(h.start) - ELECT_WINDOW, _o(h.start) + START_GRACE) for h in tenures), state=True))
                    continue
                if "became" in usage:
                    start = min(_o(h.start) for h in tenures)
                    current.append(_Constraint(f"became {label}", w.after(start - START_GRACE), state=True,
                                               who=a.id))
                else:
                    days = w.clip((_o(h.start) - START_GRACE, _o(h.end) + TITLE_GRACE if h.end else w.hi)
                                  for h in tenures)
                    if _EPITHET.search(title):
                        epithet.append(_Constraint(f"in office {label}", days, state=True))
                        continue
                    current.append(_Constraint(f"in office {label}", days, state=True, who=a.id))
                    person_days = days if person_days is None else _norm(person_days + days)
                if is_new or "new" in usage:
                    new.append(_Constraint(f"new {label}", w.clip(
                        (_o(h.start) - ELECT_WINDOW, _o(h.start) + NEW_WINDOW) for h in tenures), state=True))
            if person_days is not None:
                held[a.id] = person_days
        return _Persons(current, former, new, epithet, held)

    # ----------------------------------------------------------------- timexes
    def tense(self, tx: Timex) -> str | None:
        if _SINCE.search(self.text[max(0, tx.start - 12):tx.start]):
            return "past"
        return clause_tense(self.text, tx.start, tx.end)

    def direction(self, tx: Timex) -> str | None:
        """'past' (reported as having happened), 'future' (upcoming, on a near cue), 'undated' (no
        cue at all) or None (present tense, or a past verb with an upcoming cue in the clause:
        "will travel on March 3, officials said" is not past)."""
        if _SINCE.search(self.text[max(0, tx.start - 12):tx.start]):
            return "past"
        tense, cost = clause_tense_cost(self.text, tx.start, tx.end)
        if tense == "future":
            return "future" if cost <= FUTURE_COST else None
        s, _ = sentence_bounds(self.text, tx.start, tx.end)
        if _FUTURE_CUE.search(self.text[max(s, tx.start - 120):tx.start]):
            return None
        if tense == "past":
            return "past"
        return "undated" if tense is None else None

    def explicit(self) -> tuple[list[_Constraint], list[_Constraint], list[tuple[int, Timex]]]:
        """(past lower bounds, upcoming upper bounds, past full days) from dates with a year."""
        w = self.window
        past: list[_Constraint] = []
        future: list[_Constraint] = []
        days: list[tuple[int, Timex]] = []
        for tx in self.timexes:
            if tx.type not in ("DATE", "TIME"):
                continue
            v = tx.value
            if not v[:4].isdigit() or not 1000 <= int(v[:4]) <= 9000:
                continue
            begin: dt.date | None
            until: dt.date | None
            day_level = False
            if (m := _FULL_DATE.match(v)) is not None:
                begin = _day(int(m[1]), int(m[2]), int(m[3]))
                until = tx.until if tx.until and begin and tx.until >= begin else begin
                day_level = True
            elif (m := _MONTH.match(v)) is not None:
                if not 1 <= int(m[2]) <= 12:
                    continue
                begin = dt.date(int(m[1]), int(m[2]), 1)
                until = _month_end(int(m[1]), int(m[2]))
            elif (m := _YEAR.match(v)) is not None and tx.mod in (None, "START", "MID", "END"):
                if not _ADVERBIAL_YEAR.search(self.text[max(0, tx.start - 25):tx.start]):
                    continue
                begin, until = dt.date(int(v), 1, 1), dt.date(int(v), 12, 31)
                if tx.begin and tx.until:
                    begin, until = tx.begin, tx.until
            else:
                continue
            if begin is None or until is None or not w.lo <= _o(begin) <= w.hi:
                continue
            way = self.direction(tx)
            if way == "future":
                future.append(_Constraint(f"upcoming {tx.text!r}", w.before(_o(until))))
            elif way == "past":
                anchor = until if day_level else begin
                past.append(_Constraint(f"past {tx.text!r}", w.after(_o(anchor)),
                                         named=(_o(anchor),) if day_level else ()))
                if day_level:
                    days.append((_o(anchor), tx))
            elif way == "undated":
                past.append(_Constraint(f"dated {tx.text!r}", w.after(_o(begin))))
        return past, future, days

    def year_phrases(self) -> list[_Constraint]:
        """"last year" / "this year" / "next year" written next to an explicit year."""
        out: list[_Constraint] = []
        years = [t for t in self.timexes if _YEAR.match(t.value)]
        for tx in self.timexes:
            m = _YEAR_REL.match(tx.text.strip())
            if not m:
                continue
            near = [y for y in years if abs((y.start if y.start > tx.end else tx.start) -
                                            (tx.end if y.start > tx.end else y.end)) <= 30
                    and not re.search(r"[.;!?]", self.text[min(y.end, tx.end):max(y.start, tx.start)])]
            if len(near) != 1:
                continue
            shift = {"last": 1, "this": 0, "next": -1}[m.group(1).lower()]
            year = int(near[0].value) + shift
            out.append(_Constraint(f"{tx.text!r} = {year}", self.window.clip(
                [(_o(dt.date(year, 1, 1)), _o(dt.date(year, 12, 31)))])))
        return out

    def _persons_in(self, start: int, end: int, held: dict[str, Ivs]) -> Ivs | None:
        s, e = sentence_bounds(self.text, start, end)
        if _THEN.search(self.text[s:e]) or re.search(r"\bbefore becoming\b|\bas a\b", self.text[s:e], re.I):
            return None
        days: Ivs | None = None
        for a in self.actors:
            if a.id in held and any(s <= ms < e for ms, _ in a.mentions):
                days = held[a.id] if days is None else _and(days, held[a.id])
        return days

    def anchored_month_days(self, held: dict[str, Ivs]) -> list[_Constraint]:
        """Month-days and months without a year, stated for an office-holder's act."""
        w = self.window
        out: list[_Constraint] = []
        for tx in self.timexes:
            if tx.type != "DATE" or _weekday_in(tx.text) is not None:
                continue
            md = _MD.match(tx.value)
            mo = _XMONTH.match(tx.value)
            if not md and not mo or _RELATIVE_WORDS.search(tx.text):
                continue
            tense = self.direction(tx)
            if tense not in ("past", "future"):
                continue
            tenure = self._persons_in(tx.start, tx.end, held)
            if not tenure:
                continue
            if tense == "future":  # an upcoming act may outlast the tenure; it cannot precede it
                tenure = ((tenure[0][0], w.hi),)
            month = int(md[1]) if md else int(mo[1]) if mo else 0
            if not 1 <= month <= 12:
                continue
            ivs: list[tuple[int, int]] = []
            for y in w.years:
                if md:
                    d = _day(y, month, int(md[2]))
                    if d is None:
                        continue
                    first = last = d
                else:
                    first, last = dt.date(y, month, 1), _month_end(y, month)
                act = _and(tenure, ((_o(first) - ACT_SLACK, _o(last)),))
                if not act:
                    continue
                if tense == "past":
                    ivs.append((_o(first), _o(first) + 365))
                else:
                    ivs.append((_o(last) - 365, _o(last)))
            if ivs:
                out.append(_Constraint(f"{tense} {tx.text!r} in tenure", w.clip(ivs),
                                       named=tuple(lo for lo, _ in ivs) if md and tense == "past" else ()))
        return out

    def pairs(self) -> tuple[list[_Constraint], list[int], list[tuple[int, int]]]:
        """Weekday + date pairs; "today (Monday)"; returns (constraints, weekdays p must fall on,
        (weekday, day offset) of pairs already used)."""
        w = self.window
        out: list[_Constraint] = []
        p_weekday: list[int] = []
        used: list[tuple[int, int]] = []
        txs = [t for t in self.timexes if t.type in ("DATE", "TIME")]
        for i, tx in enumerate(txs):
            md = _MD.match(tx.value)
            wd = _weekday_in(tx.text) if md else None
            rel: int | None = None
            span = (tx.start, tx.end)
            partner: tuple[int, int] | None = None
            if md and wd is None:
                # a weekday or relative day right beside the date: "Saturday (November 22)"
                for other in (txs[i - 1] if i else None, txs[i + 1] if i + 1 < len(txs) else None):
                    if other is None:
                        continue
                    gap = self.text[other.end:tx.start] if other.end <= tx.start else self.text[tx.end:other.start]
                    if not (_PAIR_GAP.match(gap) if other.end <= tx.start else _PAIR_GAP_AFTER.match(gap)):
                        continue
                    ow = _WEEKDAY_VALUE.match(other.value)
                    if ow and not _WEEKDAY_MODIFIED.match(other.text):
                        wd = int(ow[1]) - 1
                        span = (min(tx.start, other.start), max(tx.end, other.end))
                        partner = (other.start, other.end)
                        break
                    r = _REL_DAY.get(other.text.strip().lower())
                    if r is not None:
                        rel = r
                        break
            if md and (wd is not None or rel is not None):
                month, dom = int(md[1]), int(md[2])
                tense = self.tense(replace(tx, start=span[0], end=span[1]))
                if tense == "future" and partner is not None:
                    used.append(partner)  # an upcoming dated day need not fall within the week
                ivs: list[tuple[int, int]] = []
                for y in w.years:
                    d = _day(y, month, dom)
                    if d is None or (wd is not None and d.weekday() != wd):
                        continue
                    if rel is not None:
                        ivs.append((_o(d) + rel, _o(d) + rel))
                    elif tense == "future":
                        ivs.append((_o(d) - 365, _o(d)))
                    else:
                        ivs.append((_o(d), _o(d) + PEG_SPAN))
                if ivs:
                    out.append(_Constraint(f"pair {tx.text!r}", w.clip(ivs), periodic=True,
                                           named=tuple(lo for lo, _ in ivs) if rel is None and tense != "future" else ()))
                continue
            # "today (Monday)", "yesterday, Sunday"
            r = _REL_DAY.get(tx.text.strip().lower())
            if r is None or i + 1 >= len(txs):
                continue
            nxt = txs[i + 1]
            ow = _WEEKDAY_VALUE.match(nxt.value)
            if ow and _PAIR_GAP_AFTER.match(self.text[tx.end:nxt.start]):
                p_weekday.append((int(ow[1]) - 1 + r) % 7)
                used.append((nxt.start, nxt.end))
        return out, p_weekday, used

    def datelines(self) -> list[_Constraint]:
        """"WARSAW, Sept 12 (Wire) --": the dateline day is the day of writing (or the day before,
        across time zones)."""
        w = self.window
        out: list[_Constraint] = []
        for tx in self.timexes:
            if tx.start > DATELINE_REACH or tx.type != "DATE":
                continue
            md = _MD.match(tx.value)
            full = _FULL_DATE.match(tx.value)
            lead = self.text[max(0, tx.start - 60):tx.start]
            if not (md or full) or not (_DATELINE.search(lead) or not lead.strip()):
                continue
            if not re.match(r"^\s*(\(|--|[-\u2013\u2014:.]|$)", self.text[tx.end:tx.end + 4]):
                continue
            if full:
                d = _day(int(full[1]), int(full[2]), int(full[3]))
                if d is not None:
                    out.append(_Constraint(f"dateline {tx.text!r}", w.clip([(_o(d), _o(d) + 1)]), named=(_o(d),)))
                continue
            assert md is not None
            days = [d for y in w.years if (d := _day(y, int(md[1]), int(md[2]))) is not None]
            out.append(_Constraint(f"dateline {tx.text!r}", w.clip((_o(d), _o(d) + 1) for d in days),
                                   periodic=True, named=tuple(_o(d) for d in days)))
            peg = self._lead_weekday(tx)
            if peg is not None:
                # a wire lead's news peg (its first past weekday, the main clause's as a rule) is
                # the dateline day or one of the few days before it
                days = [d for d in days if (d.weekday() - peg) % 7 <= LEAD_PEG_SPAN]
                out.append(_Constraint(f"dateline {tx.text!r} with its lead's weekday",
                                       w.clip((_o(d), _o(d) + 1) for d in days), periodic=True))
        return out

    def _lead_weekday(self, dateline: Timex) -> int | None:
        """The first bare past weekday of the sentence a dateline opens ("MANILA, March 25 -- X
        summoned ... on Monday")."""
        _, end = sentence_bounds(self.text, dateline.end, dateline.end + 1)
        for tx in sorted(self.timexes, key=lambda t: t.start):
            if not dateline.end <= tx.start < end or tx.type not in ("DATE", "TIME"):
                continue
            found = self._weekday_of(tx)
            if found is not None and found[1] and self.tense(tx) == "past":
                return found[0]
        return None

    def _weekday_of(self, tx: Timex) -> tuple[int, bool] | None:
        """The weekday a timex names (a Python weekday number) and whether it is a bare weekday
        ("on Monday") rather than a weekday + date pair; None for none, or for a modified one
        ("last Monday", "every Monday")."""
        m = _WEEKDAY_VALUE.match(tx.value)
        wd = int(m[1]) - 1 if m else _weekday_in(tx.text) if _MD.match(tx.value) else None
        if wd is None or _WEEKDAY_MODIFIED.match(tx.text) or \
                re.search(r"\b(every|each)\s+$", self.text[max(0, tx.start - 8):tx.start], re.I):
            return None
        return wd, m is not None

    def weekdays(self, used: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
        """Bare weekdays: (past ones, upcoming ones), as Python weekday numbers."""
        past: list[int] = []
        future: list[int] = []
        for tx in self.timexes:
            if tx.type not in ("DATE", "TIME") or (tx.start, tx.end) in used:
                continue
            found = self._weekday_of(tx)
            if found is None:
                continue
            wd, bare = found
            tense = self.tense(tx)
            if tense == "future" and not bare:
                continue  # "Saturday, April 19" ahead: a dated day, maybe weeks away
            if tense == "past":
                past.append(wd)
            elif tense == "future":
                future.append(wd)
        return sorted(set(past)), sorted(set(future))

    def council_votes(self) -> list[_Constraint]:
        """"Algeria voted against and Guyana abstained" in a Security Council story: an elected
        member of the council in the year of the vote (taken as the year of writing, or the one
        before)."""
        if not re.search(r"\bsecurity council\b", self.text, re.I):
            return []
        w = self.window
        out: list[_Constraint] = []
        for a in self.actors:
            code = (a.country or "").upper()
            if a.kind != "country" or not code or code in _UNSC_PERMANENT:
                continue
            for s, e in a.mentions:
                sent_s, sent_e = sentence_bounds(self.text, s, e)
                if not _VOTED.match(self.text[e:sent_e]):
                    continue
                prev_s, _ = sentence_bounds(self.text, max(0, sent_s - 2), max(0, sent_s - 1))
                context = self.text[min(prev_s, sent_s):sent_e]
                if not _COUNCIL.search(context) or re.search(r"\bassembly\b", context, re.I):
                    continue
                years = unsc_years(code)
                ivs = [(_o(dt.date(y, 1, 1)), _o(dt.date(y + 1, 12, 31))) for y in years]
                ivs.append((_o(dt.date(_unsc_table()[1] + 1, 1, 1)), w.hi))
                out.append(_Constraint(f"council vote {a.name}", w.clip(ivs)))
                break
        return out

    def eu_presidency(self) -> list[_Constraint]:
        """"Hungary, which holds the rotating presidency of the Council of the EU": written in
        Hungary's half-year, which has begun ("holds", "has held"), with a week's grace after it
        ends for late copy; "EU" must be named in the phrase, or
        "Council" with the EU named in the sentence."""
        w = self.window
        out: list[_Constraint] = []
        for a in self.actors:
            code = (a.country or "").upper()
            if a.kind != "country" or not code:
                continue
            for s, e in a.mentions:
                _, sent_e = sentence_bounds(self.text, s, e)
                m = _HOLDS_PRESIDENCY.match(self.text[e:sent_e])
                if not m or not re.search(r"\b(EU|European Union)\b", m.group(0)):
                    continue
                terms = eu_presidency_terms(code)
                if not terms:
                    continue
                ivs = [(_o(lo), _o(hi) + EU_PRESIDENCY_GRACE) for lo, hi in terms]
                ivs.append((_o(dt.date(_eu_table()[1] + 1, 1, 1)), w.hi))
                out.append(_Constraint(f"EU presidency {a.name}", w.clip(ivs), state=True))
                break
        return out

    def periodic(self) -> list[_Constraint]:
        w = self.window
        out: list[_Constraint] = []
        if _FIRST_OF_YEAR.search(self.text):
            out.append(_Constraint("first ... of the year", w.clip(
                (_o(dt.date(y, 1, 1)), _o(dt.date(y, 6, 30))) for y in w.years), state=True, periodic=True))
        for m in _SEASON.finditer(self.text):
            first_m, last_m = _SEASON_MONTHS[m.group(2).lower()]
            tense = clause_tense(self.text, m.start(), m.end())
            ivs: list[tuple[int, int]] = []
            for y in w.years:
                start = dt.date(y - (first_m > last_m), first_m, 1)
                end = _month_end(y, last_m)
                which = (m.group(1) or "").lower()
                if which == "earlier" or which == "later":
                    ivs.append((_o(start), _o(end)))
                elif tense == "future":
                    ivs.append((_o(start) - 150, _o(end)))
                elif tense == "past":
                    ivs.append((_o(start), _o(end) + 60))
                else:
                    ivs.append((_o(start) - 30, _o(end) + 30))
            out.append(_Constraint(f"season {m.group(0)!r}", w.clip(ivs), state=True, periodic=True))
        return out


def _day_test(state: Ivs, past: list[int], future: list[int], same_week: bool,
              p_weekday: list[int], level: int) -> Callable[[int], bool]:
    """The day-level tests on a candidate publication day; ``level`` drops the weaker ones."""
    def ok(p: int) -> bool:
        wd = dt.date.fromordinal(p).weekday()
        if any(wd != x for x in p_weekday):
            return False
        pegs = [p - ((wd - x) % 7) for x in past]
        if level >= 1 and any(not _has(state, g) for g in pegs):
            return False
        if level >= 2:
            ahead = [p + ((x - wd) % 7) for x in future]
            if pegs and ahead and max(ahead) - min(pegs) > 7:
                return False
            if same_week and pegs and p - max(pegs) > wd:
                return False
        return True
    return ok


def _scan(days: Ivs, test: Callable[[int], bool], reverse: bool) -> int | None:
    for n, p in enumerate(_days(days, reverse)):
        if n >= SCAN_LIMIT:
            return None
        if test(p):
            return p
    return None


def _horizon(kb: OfficeHolderKB) -> int:
    latest = dt.date(2000, 1, 1)
    for h in kb.entries:
        latest = max(latest, h.start, h.end or h.start)
    return _o(latest) + HORIZON_DAYS


@dataclass(frozen=True, slots=True)
class Inference:
    """An undated article's inferred publication interval; the day its relative expressions
    ("on Monday", "last week") are read against, when the evidence fixes one; and the evidence,
    one line per constraint (applied or dropped)."""

    published: Published
    reference: dt.date | None
    notes: list[str]


def explain(text: str, timexes: Sequence[Timex], actors: Sequence[Actor], kb: OfficeHolderKB,
            *, skip: Sequence[Span] = ()) -> Inference:
    """``infer_published`` with its reference day and the evidence behind it.

    The reference day is the interval's first day when the interval is narrow, or when its
    lower edge is a day the article names as past ("since July 1", "on March 3, 2025") and the
    first day is within a week of it, even when a later year would fit the same words: the guidelines read an undated article's weekdays from
    its earliest possible day, the news peg.
    """
    txs = [t for t in timexes if not any(s <= t.start < e for s, e in skip)]
    named = [_o(t.until) for t in txs if t.until is not None and t.until.year < 9000]
    window = _Window(U_LO, max([_horizon(kb), *(d + 400 for d in named)]))
    prob = _Problem(text, txs, actors, kb, window)
    notes: list[str] = []

    persons = prob.person_constraints()
    current, held = persons.current, persons.held
    past, future, past_days = prob.explicit()
    pair_cs, p_weekday, used = prob.pairs()
    past_wd, future_wd = prob.weekdays(used)

    days: Ivs = ((window.lo, window.hi),)
    state: Ivs = days

    lo_bounded = False
    applied: list[_Constraint] = []

    def apply(cs: Iterable[_Constraint]) -> None:
        nonlocal days, state, lo_bounded
        for c in cs:
            both = _and(days, c.days)
            if not both:
                notes.append(f"dropped (contradicts): {c.label}")
                continue
            days = both
            applied.append(c)
            lo_bounded = lo_bounded or (not c.periodic and c.days[0][0] > window.lo)
            if c.state:
                state = _and(state, c.days) or state
            notes.append(f"applied: {c.label}")

    # office-holders: each person votes with the days all their titles allow; a person whose title
    # was misread (or who is misidentified) is outvoted, and a tie keeps every tied stretch
    if current:
        by_person: dict[str, Ivs] = {}
        for c in current:
            key = c.who
            prev = by_person.get(key)
            by_person[key] = c.days if prev is None else (_and(prev, c.days) or _norm(prev + c.days))
        agreed = _most_agreed(list(by_person.values()))
        names = {a.id: a.name for a in actors}
        for key, ivs in by_person.items():
            if _and(agreed, ivs) != agreed:
                notes.append(f"outvoted (in part or whole): {names.get(key, key)}")
        apply([_Constraint("office-holders", agreed, state=True)])
    datelines = prob.datelines()
    apply(datelines)
    apply(persons.former)
    apply(past)
    apply(persons.new)
    apply(future)
    apply(prob.year_phrases())
    apply(prob.anchored_month_days(held))
    apply(pair_cs)
    # an explicit past day on the article's news weekday is its news peg
    if past_days:
        top, tx = max(past_days, key=lambda d: d[0])
        top_wd = _weekday_in(tx.text)
        if (dt.date.fromordinal(top).weekday() in past_wd or top_wd == dt.date.fromordinal(top).weekday()) \
                and _has(days, top):
            apply([_Constraint(f"peg {tx.text!r}", window.clip([(top, top + PEG_SPAN)]), named=(top,))])
    apply(persons.epithet)
    apply(prob.council_votes())
    apply(prob.eu_presidency())
    apply(prob.periodic())

    # the lower side needs evidence; the upper one may rest on the knowledge base's horizon
    # (a year chosen for a weekday + date pair is never later than it)
    lo_open = not lo_bounded
    hi_open = window.hi - days[-1][1] <= 366
    same_week = bool(_THIS_WEEK.search(text))
    earliest = latest = None
    for level in (2, 1, 0):
        test = _day_test(state, past_wd, future_wd, same_week, p_weekday, level)
        first = None if lo_open else _scan(days, test, reverse=False)
        last = None if hi_open else _scan(days, test, reverse=True)
        if (first is not None or lo_open) and (last is not None or hi_open) and \
                (first is None or last is None or first <= last):
            earliest, latest = first, last
            if level < 2:
                notes.append(f"day tests relaxed to level {level}")
            break
    else:
        earliest = None if lo_open else days[0][0]
        latest = None if hi_open else days[-1][1]
    if earliest is None and latest is None:
        return Inference(Published(basis="none"), None, notes)
    e = dt.date.fromordinal(earliest) if earliest is not None else None
    la = dt.date.fromordinal(latest) if latest is not None else None
    value = e if e is not None and e == la else None
    if e is not None and la is not None and (la - e).days <= 1 and \
            any(_has(c.days, _o(e)) and _has(c.days, _o(la)) and f"applied: {c.label}" in notes for c in datelines):
        value = e  # a date stamp: the day of writing (the day after only across time zones)
    reference: dt.date | None = None
    if e is not None and la is not None and (la - e).days <= NARROW_DAYS:
        reference = value or e
    elif earliest is not None and earliest - days[0][0] <= PEG_SPAN and \
            any(days[0][0] in c.named for c in applied):
        reference = e
        notes.append(f"reference {e}: the first day after a day named as past")
    return Inference(Published(value=value, basis="inferred", earliest=e, latest=la), reference, notes)


def infer_published(text: str, timexes: Sequence[Timex], actors: Sequence[Actor], kb: OfficeHolderKB,
                    *, skip: Sequence[Span] = ()) -> Published:
    """Bounds on the publication date of an undated article, from its content alone."""
    return explain(text, timexes, actors, kb, skip=skip).published

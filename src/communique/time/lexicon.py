"""Word tables for the temporal grammar: months, weekdays, numbers, units, tense cues.

All tables are immutable (``MappingProxyType`` / ``frozenset`` / tuples).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

MONTHS: Final = MappingProxyType({
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
})

WEEKDAYS: Final = MappingProxyType({
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
})

SEASONS: Final = MappingProxyType({
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
})

PARTS_OF_DAY: Final = MappingProxyType({
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
})

NUMBER_WORDS: Final = MappingProxyType({
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
    "a half": 0.5, "half a": 0.5, "half an": 0.5,
})

VAGUE_NUMBERS: Final = frozenset({
    "few", "a few", "several", "some", "many", "numerous", "a number of", "the few", "the several",
})

ORDINALS: Final = MappingProxyType({
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4,
})

DECADE_WORDS: Final = MappingProxyType({
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
})

# unit -> (TIMEX3 letter, multiplier, is_time_unit)
UNITS: Final = MappingProxyType({
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "fortnight": ("W", 2, False), "month": ("M", 1, False), "quarter": ("M", 3, False),
    "year": ("Y", 1, False), "decade": ("Y", 10, False), "century": ("Y", 100, False),
    "weekend": ("D", 2, False),
})

UNIT_SINGULAR: Final = MappingProxyType({
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
    "weeks": "week", "fortnights": "fortnight", "months": "month", "quarters": "quarter",
    "years": "year", "decades": "decade", "centuries": "century", "weekends": "weekend",
})

# duration modifiers inside the span -> TIMEX3 mod
DURATION_MODS: Final = MappingProxyType({
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "nearly": "APPROX", "almost": "LESS_THAN", "about": "APPROX", "around": "APPROX",
    "roughly": "APPROX", "some": "APPROX", "approximately": "APPROX", "up to": "EQUAL_OR_LESS",
    "less than": "LESS_THAN", "no more than": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS",
    "under": "LESS_THAN", "fewer than": "LESS_THAN", "at most": "EQUAL_OR_LESS",
    "just over": "MORE_THAN", "just under": "LESS_THAN", "barely": "APPROX", "only": "EQUAL_OR_LESS",
})

SET_ADVERBS: Final = MappingProxyType({
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "bi-weekly": "P2W",
    "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    "biannually": "P6M", "semiannually": "P6M", "semi-annually": "P6M",
})

# ---- tense cues -------------------------------------------------------------------------
FUTURE_WORDS: Final = frozenset({
    "will", "'ll", "shall", "wo", "upcoming", "scheduled", "slated", "planned", "planning", "intends", "intend", "expected", "expects", "due", "forthcoming",
    "tomorrow", "coming", "would", "poised", "aims", "hopes", "prepares", "preparing",
    "proposed", "later", "supposed", "effective", "hoped", "must", "should", "can", "may", "might", "soon", "ahead",
})
# words after which "to VERB" refers to the future
FUTURE_GOVERNORS: Final = frozenset({
    "set", "due", "scheduled", "slated", "expected", "plans", "plan", "planned", "planning",
    "intends", "intend", "intended", "going", "aims", "aim", "hopes", "hope", "poised", "is",
    "are", "am", "was", "were", "agreed", "agree", "agrees", "decided", "promised", "vowed",
    "pledged", "ready", "wants", "want", "invited", "likely", "prepares", "preparing",
    "arranged", "supposed", "expect", "needs", "need",
})
FUTURE_AUX: Final = frozenset({"will", "'ll", "shall", "wo", "would", "must", "should", "can",
                               "may", "might"})
PAST_WORDS: Final = frozenset({
    "was", "were", "had", "did", "said", "told", "met", "went", "came", "took", "made", "gave",
    "held", "left", "began", "spoke", "wrote", "saw", "found", "became", "brought", "sent",
    "fell", "rose", "led", "won", "lost", "struck", "fought", "paid", "sold", "bought", "thought",
    "felt", "kept", "ran", "got", "flew", "drew", "threw", "ago", "yesterday", "last", "earlier",
    "has", "have", "been", "knew", "meant", "stood", "heard", "broke", "chose", "spent", "built",
    "taught", "caught", "sought", "fled", "shook", "woke", "arose", "forgot", "grew", "hung",
    "laid", "lit", "overtook", "rang", "sang", "slid", "swore", "swept", "tore", "undertook",
    "withdrew", "wore", "signed", "previously", "recently",
})
PRESENT_WORDS: Final = frozenset({
    "is", "are", "am", "expires", "lasts", "remains", "continues", "says", "tells", "meets",
    "visits", "holds", "hosts", "begins", "opens",
    "arrives", "travels", "starts", "gathers", "convenes", "joins", "kicks", "wraps", "launches",
    "unveils", "closes", "ends", "heads", "takes", "briefs", "addresses", "resumes", "signs", "runs",
    "today", "now", "tonight", "currently",
})
# words ending in -ed that are not past-tense verbs
NOT_PAST_ED: Final = frozenset({
    "need", "speed", "indeed", "seed", "bed", "feed", "red", "shed", "breed", "creed", "deed",
    "greed", "heed", "reed", "weed", "proceed", "exceed", "succeed", "embed", "hundred",
    "scheduled", "expected", "planned", "slated", "proposed", "intended", "based", "related", "supposed",
    "united", "armed", "so-called", "detailed", "limited", "advanced", "skilled", "allied",
    "concerned", "interested", "required", "sophisticated", "talked", "anticipated",
})

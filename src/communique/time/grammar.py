"""The temporal grammar: one regular expression per rule, kept as data.

Each rule's pattern is a template; ``{NAME}`` placeholders are filled from ``_pieces()``.
Rules are compiled once, lazily, by ``rules()`` (cached, immutable). The rule name selects
the normalizer in ``normalize.py``. Month and weekday names are matched case-sensitively
(capitalized) so that "may", "march" or "sun" in running text are not read as dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    priority: int


_NUM_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)


def _pieces() -> dict[str, str]:
    p: dict[str, str] = {}
    p["MON"] = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|"
                r"November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|"
                r"OCTOBER|NOVEMBER|DECEMBER)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
                r"(?:\.|\b))")
    p["MONB"] = (r"(?-i:January|February|March|April|May|June|July|August|September|October|"
                 r"November|December)\b")
    p["DAY"] = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\s*%|\s*(?:per|percent|pct)\b)"
    p["DAYW"] = (r"(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
                 r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
                 r"eighteenth|nineteenth|twentieth|thirtieth")
    p["YEAR"] = r"(?<![\d$£€.,#])(?:1[6-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|-(?:year|day|month|hour|member|page|strong))"
    p["WD"] = (r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|"
               r"THURSDAY|FRIDAY|SATURDAY|SUNDAY)")
    p["NUMW"] = rf"(?:(?:{_NUM_WORDS})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)"
    p["NUM"] = (r"(?:{NUMW}\s+(?:hundred|thousand)|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2|\s+and\s+a\s+half)?|{NUMW}(?:\s+and\s+a\s+half)?|"
                r"half\s+an?|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+dozen|dozens\s+of|a\s+hundred|an?|"
                r"a\s+few|few|several|some|many|the\s+few|a\s+number\s+of)")
    p["NUMADJ"] = r"(?:\d+|{NUMW}|several|multi|one|half)"
    p["UNIT"] = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|"
                 r"years?|decades?|century|centuries|weekends?)\b")
    p["UNITS1"] = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)"
    p["DMOD"] = (r"(?:more\s+than|just\s+over|just\s+under|at\s+least|nearly|almost|about|around|"
                 r"roughly|approximately|up\s+to|less\s+than|fewer\s+than|no\s+more\s+than|"
                 r"under|at\s+most)")
    p["DMOD2"] = (r"(?:more\s+than|at\s+least|nearly|almost|about|around|roughly|approximately|up\s+to|"
                  r"less\s+than|no\s+more\s+than|at\s+most)")
    p["EDGE"] = (r"(?:(?P<edge>early|late|mid|earlier|later|the\s+(?:end|beginning|start|middle|close|"
                 r"turn)\s+of|end[\s-]of|start\s+of|beginning\s+of)[\s-]+)")
    p["POD"] = r"(?:morning|afternoon|evening|night)"
    p["AMPM"] = r"(?:a\.m\.?|p\.m\.?|am\b|pm\b|(?-i:AM|PM)\b)"
    p["TZ"] = r"(?:(?-i:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|EEST|EET|MSK|IST|JST)\b|local\s+time)"
    p["REL"] = r"(?:this\s+coming|this\s+past|this|last|next|coming|past|previous|following)"
    # a year read out in a broadcast transcript ("nineteen ninety-four", "two thousand and one")
    p["SPOKEN"] = (r"(?:nineteen[\s-]+(?:hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                   r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|"
                   r"fifteen|sixteen|seventeen|eighteen|nineteen)|two\s+thousand(?:\s+and\s+(?:one|two|three|four|"
                   r"five|six|seven|eight|nine|ten))?)(?![\s-]+(?:years?|days?|months?|weeks?|hours?|people|dollars)\b)")
    return p


_RULES: tuple[tuple[str, str], ...] = (
    # ---- explicit ranges: one timex over the whole range (value = first day) ----
    ("range_md", r"(?P<m1>{MON})\s+(?P<d1>{DAY})\s*(?:(?:-|–|—|to|through|until|till)\s*"
                 r"(?:(?P<m2>{MON})\s+)?|and\s+)(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?(?![\d/])"),
    ("range_dm", r"(?<![\d.,])(?P<d1>{DAY})(?:\s+(?P<m1>{MON}))?\s*(?:-|–|—|to|through|until|till|and)\s*"
                 r"(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MON})(?:,?\s+(?P<y>{YEAR}))?"),
    # ---- absolute dates ----
    ("iso", r"(?<![\d/])(?P<y>(?:1[89]|20)\d\d)(?P<sep>[-/])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])"
            r"(?:T(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?(?![\d-])"),
    ("slash", r"(?<![\d/.])(?P<a>[01]?\d|3[01]|2\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)(?![\d/])"),
    ("dotted", r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.]\d)"),
    ("mdy", r"(?:(?P<approx>around|about|approximately|roughly|circa)\s+)?(?:(?P<wd>{WD}),?\s+)?(?P<m>{MON})\s+(?P<d>{DAY}|{DAYW})(?![\d-])(?:,?\s+(?P<y>{YEAR}))?"),
    ("dmy", r"(?:(?P<approx>around|about|approximately|roughly|circa)\s+)?(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?<![\d.,])(?P<d>{DAY}|{DAYW})(?:\s+of)?\s+(?P<m>{MON})"
            r"(?:,?\s+(?P<y>{YEAR}))?"),
    ("ordinal_day", r"(?<=on\s)the\s+(?P<d>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)"
                    r"(?=\s*[.,;:)]|\s+(?:and|or|at|in|when|after|before|but)\b)"),
    ("month_year", r"{EDGE}?(?P<m>{MON})(?:\s+of)?,?\s+(?:(?P<y>{YEAR})|(?P<sy>{SPOKEN})\b)"),
    ("month_rel", r"{EDGE}?(?:(?P<rel>{REL})\s+)?(?P<m>{MONB})(?:(?:\s+of)?\s+(?P<ry>last|next|this)\s+year)?"),
    ("year", r"{EDGE}?(?:(?P<fy>fiscal(?:\s+year)?|FY|the\s+year|calendar(?:\s+year)?)\s*)?(?P<y>{YEAR})"
             r"(?:\s+(?P<after>or\s+later|and\s+beyond|onwards?))?"),
    ("decade", r"(?:the\s+)?{EDGE}?(?:(?P<dec>(?:1[6-9]|20)\d)0'?s\b|'(?P<d2>\d)0s\b|"
               r"(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"),
    ("decade2", r"(?:the\s+|(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0s\sto\s)|(?<=0s,\s)){EDGE}?(?P<d3>[2-9])0s\b"),
    ("short_year", r"(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("in", "since", "of", "from", "until", "till", "by",
                                                                 "through", "to")) + r")['’](?P<y>\d\d)\b(?!['’\w])"),
    ("century", r"(?:the\s+)?{EDGE}?(?P<n>\d{{1,2}})(?:st|nd|rd|th)[\s-]+century"),
    ("this_century", r"(?:this|the\s+(?:last|past|next|previous)|last|next)\s+century"),
    ("spoken_year", r"(?:the\s+year\s+)?(?P<w>{SPOKEN})"),
    ("that_unit", r"(?:(?P<edge>earlier|later|early|late)\s+)?(?P<det>that|the\s+same|the\s+next|the\s+following|"
                  r"the\s+previous|the\s+preceding)\s+(?P<u>day|morning|afternoon|evening|night|week|month|year)\b"
                  r"(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier|before)|last\s+year))?"),
    ("the_day", r"(?:(?P<edge>the\s+(?:start|beginning|end|rest|remainder|close)\s+of)\s+(?<!\bat\sthe\send\sof\s)|"
                r"(?<=\bend\s)|(?<=\bended\s)|(?<=\bending\s)|(?<=\bends\s)|(?<=\bfinish\s)|(?<=\bfinished\s)|"
                r"(?<=\bfinishing\s)|(?<=\bclosed\s)|(?<=\bcloses\s)|(?<=\bclosing\s)|(?<=\bfor\s)|"
                r"(?<=\bearlier\sin\s)|(?<=\blater\sin\s))"
                r"the\s+(?:trading\s+)?day\b(?!\s+(?:after|before|of|when|on\s+which)\b)(?!['’]s)"),
    # ---- quarters and halves ----
    ("quarter", r"(?:the\s+)?(?:(?P<yrel>this|last|next)\s+year's\s+)?"
                r"(?:(?P<y1>{YEAR})\s+)?(?:(?:fiscal|flat|calendar|financial)[\s-]+)?"
                r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal[\s-]+)?"
                r"(?P<u>quarter|half)(?:\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:(?P<y2>{YEAR})|(?P<yw>this|last|next)\s+year))?"
                r"(?:\s+(?P<y3>{YEAR}))?(?:\s+(?P<ry>last|next|this)\s+year)?"),
    ("quarter_q", r"\b(?P<q>Q[1-4]|H[12])(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b"),
    ("quarter_rel", r"(?:the|this|that|its|a)\s+(?:(?P<y>{YEAR})\s+)?(?:(?P<rel>latest|current|most\s+recent|last|past|previous|"
                    r"next|coming|same|comparable|year-ago|year-earlier|corresponding)\s+)?"
                    r"(?:(?:fiscal|financial)\s+)?(?:quarter|period)\b(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)|last\s+year))?"),
    ("year_ago_adj", r"(?:the\s+)?(?:comparable\s+)?(?P<w>year-ago|year-earlier|year-before)\b(?:\s+(?P<u>quarter|period|month|year))?"),
    # ---- fiscal / current year ----
    ("the_year", r"(?:the|this|that)\s+(?P<rel>current|latest|previous|next|past|following|same|full|"
                 r"fiscal|calendar)\s+(?:(?:fiscal|calendar)\s+)?year"),
    ("new_year", r"the\s+new\s+year\b(?!['’]s)"),
    ("within_year", r"(?<=within\s)the\s+year\b"),
    ("for_the_year", r"(?:(?<=for\s)|(?<=in\s)|(?<=of\s)|(?<=during\s)|(?<=throughout\s))the\s+(?:fiscal\s+)?year\b(?=(?P<ended>\s+(?:ended|ending|to|through)\b)?)"),
    ("quarter_century", r"(?:a\s+)?(?P<f>quarter|half)[\s-]century"),
    # ---- named relative days and parts of day ----
    ("named_day", r"(?:(?P<pre>early|late|earlier|later|mid-afternoon|mid-morning)\s+)?"
                  r"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|"
                  r"tomorrow|tonight)(?:\s+(?P<pod>{POD}))?\b"),
    ("pod", r"(?:(?P<pre>early|late|earlier|later)\s+)?(?P<det>this|last|tomorrow|yesterday)\s+(?P<pod>{POD})\b"),
    ("weekday", r"(?:(?P<pre>early|late|earlier|later)\s+)?(?:(?:the\s+(?=(?:previous|following|past|coming)\s))?(?P<rel>{REL})\s+)?(?P<wd>{WD})"
                r"(?:\s+(?P<pod>{POD})\b)?(?:\s+(?P<ago>a\s+week\s+ago|last\s+week|next\s+week|this\s+week))?"),
    ("weekend", r"(?:(?P<rel>{REL}|the)\s+)weekend\b"),
    # ---- relative units ----
    ("rel_unit", r"{EDGE}?(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming|previous|current)\s+(?P<u>week|month|year|decade)\b"
                 r"(?!-)"),
    ("in_the_unit", r"(?P<edge>earlier|later)\s+(?:in|this)\s+the\s+(?P<u>week|month|year)\b"),
    ("end_of_unit", r"(?P<edge>the\s+(?:end|beginning|start|middle)\s+of|end|start)\s+(?:(?:the|this)\s+)?"
                    r"(?P<u>week|month|year|decade)\b"),
    ("year_end", r"(?P<w>year[\s-]end|year's\s+end|the\s+year's\s+end|month[\s-]end)\b"),
    ("bare_ago", r"(?P<u>years|months|weeks|days|decades|hours|minutes)\s+(?P<dir>ago|earlier|later)\b"),
    ("ago", r"(?:(?P<mod>{DMOD})\s+)?(?P<n>{NUM})\s+(?:more\s+)?(?P<u>{UNIT})\s+(?:or\s+so\s+)?"
            r"(?P<dir>ago|earlier|later|from\s+now|hence|before|after)\b(?!\s+than)"),
    # ---- durations ----
    ("dur_past", r"(?:(?P<mod>{DMOD2})\s+)?(?:the\s+)?(?P<rel>past|last|next|coming|previous|following|"
                 r"first|final|remaining|latest|initial|recent)\s+(?:(?P<n>{NUM})\s+)?(?:(?:full|straight|"
                 r"consecutive|trading|business|working)\s+)?(?P<u>{UNIT})(?P<orso>\s+or\s+so)?"),
    ("dur", r"(?:(?P<mod>{DMOD})\s+)?(?:(?:another|an\s+additional|an\s+extra|the|a\s+further)\s+)?"
            r"(?P<n>{NUM}|another)\s+(?:(?:more|additional|extra|full|straight|consecutive|long|trading|business|"
            r"working|calendar|further)\s+)?(?P<u>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+(?P<n2>{NUM})\s*(?:{UNIT})?)?"
            r"(?!-(?:old|long))"),
    ("dur_range", r"(?P<n>\d+|{NUMW})\s*(?:-|to|or)\s*(?P<n2>\d+|{NUMW})\s+(?P<u>{UNIT})"),
    ("dur_long", r"(?:(?P<a>an?)\s+)?(?P<u>(?:day|week|month|year|decade|hour|minute|century)s?|centuries)-long\b"),
    ("dur_adj", r"(?P<n>{NUMADJ})-(?P<u>{UNITS1})(?:-long)?\b(?!-old)"),
    ("dur_bare", r"(?:the\s+)?(?P<w>recent|coming|ensuing|intervening|early|next\s+few|past\s+few)\s+(?P<u>years|months|weeks|days|decades)\b"
                 r"(?:\s+and\s+(?P<u2>years|months|weeks|days))?"),
    ("dur_vague", r"(?P<w>a\s+while|some\s+time)\b"),
    ("dur_ahead", r"the\s+(?P<u>years|months|weeks|days|hours)\s+(?:ahead|to\s+come)\b"),
    ("dur_plural", r"(?P<u>years|months|weeks|days|hours|decades|centuries)\b(?!\s+(?:ago|before|after|earlier|later))"),
    # ---- sets ----
    ("set_every", r"(?:every|each|per)\s+(?:(?P<n>other|\d+|{NUMW})\s+)?(?:(?P<u>{UNITS1}|season|weekday)s?\b|"
                  r"(?P<epod>morning|afternoon|evening|night)\b|"
                  r"(?P<wd>{WD})|(?P<m>{MONB})|(?P<s>spring|summer|autumn|fall|winter)\b)"
                  r"(?:\s+(?P<pod>{POD}))?"),
    ("set_adv", r"\b(?P<w>daily|nightly|weekly|biweekly|bi-weekly|monthly|quarterly|annually|yearly|hourly|"
                r"biannually|semiannually|semi-annually)\b"),
    ("set_times", r"(?P<k>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|per|every)\s+(?P<u>{UNITS1})\b"),
    ("set_wd_plural", r"(?P<wd>{WD})(?:s\b|(?=\s+{POD}s\b))(?:\s+(?P<pod>{POD})s?\b)?"),
    # ---- seasons ----
    ("season", r"{EDGE}?(?:(?P<rel>{REL}|the|this\s+year's|last\s+year's|next\s+year's)\s+)?"
               r"(?P<s>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?P<y>{YEAR})|\s+of\s+(?P<sy>{SPOKEN})\b|\s+of\s+(?P<ry>this|last|next)\s+year)?"),
    # ---- clock times ----
    ("clock", r"(?:(?P<approx>about|around|approximately|shortly\s+after|shortly\s+before|just\s+after|"
              r"just\s+before)\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{AMPM})"
              r"(?:\s+(?P<tz>{TZ}))?(?:,?\s+(?:(?P<wd>{WD})|(?P<rd>today|yesterday|tomorrow|tonight)|"
              r"(?P<m>{MON})\s+(?P<d>{DAY})))?(?=\s+on\s+(?P<wd2>{WD})|\s+(?P<rd2>today|yesterday|tomorrow)|)"),
    ("clock24", r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])[:.]?(?P<mi>[0-5]\d)\s*(?:(?P<tz>{TZ})|hours\b|hrs\b|h\b)"
                r"(?:,?\s+(?:(?P<wd>{WD})|(?P<rd>today|yesterday|tomorrow)))?"
                r"(?=\s+on\s+(?P<wd2>{WD})|\s+(?P<rd2>today|yesterday|tomorrow)|)"),
    ("noon", r"(?P<w>noon|midnight|midday|mid-afternoon|mid\s+afternoon|mid-morning|dawn|dusk|daybreak|"
             r"nightfall|sunrise|sunset)"
             r"(?:\s+(?:local\s+time\s+)?(?:(?P<wd>{WD})|(?P<rd>today|yesterday|tomorrow)))?\b"
             r"(?=\s+on\s+(?P<wd2>{WD})|\s+(?P<rd2>today|yesterday|tomorrow)|)"),
    ("oclock", r"(?P<h>\d{{1,2}}|{NUMW})\s+o'clock(?:\s+(?:in\s+the\s+)?(?P<pod>morning|afternoon|evening|at\s+night))?"),
    ("week_of", r"the\s+week\s+of\s+(?:(?P<m>{MON})\s+(?P<d>{DAY})|(?P<d2>{DAY})\s+(?P<m2>{MON}))(?:,?\s+(?P<y>{YEAR}))?"),
    ("half_month", r"the\s+(?P<h>first|second|latter)\s+half\s+of\s+(?P<m>{MONB})(?:,?\s+(?P<y>{YEAR}))?"),
    ("week_of_month", r"the\s+(?P<o>first|second|third|fourth|last|final)\s+(?P<u>week|weekend|days|ten\s+days)\s+of\s+"
                      r"(?P<m>{MONB})(?:,?\s+(?P<y>{YEAR}))?"),
    ("morning_of", r"(?P<h>\d{{1,2}})\s+(?:o'clock\s+)?in\s+the\s+(?P<pod>morning|afternoon|evening)"),
    # ---- holidays ----
    ("holiday", r"(?:(?P<rel>last|next|this)\s+)?(?P<w>(?-i:Christmas(?:\s+Day|\s+Eve)?|New\s+Year's(?:\s+Day|\s+Eve)|"
                r"Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday|\s+Monday)?|Independence\s+Day|Labor\s+Day|"
                r"Memorial\s+Day|Election\s+Day|Boxing\s+Day|Valentine's\s+Day|Halloween|May\s+Day|Good\s+Friday|"
                r"Palm\s+Sunday|Ash\s+Wednesday|(?:Maundy|Holy)\s+Thursday|Black\s+Friday|Cyber\s+Monday))"),
    # ---- references ----
    ("ref", r"\b(?P<w>right\s+now|now|currently|current|recently|more\s+recently|nowadays|these\s+days|"
            r"the\s+(?:near|distant|foreseeable|immediate|not\s+too\s+distant)\s+future|the\s+future|"
            r"in\s+future|as\s+soon\s+as\s+possible|the\s+(?:near|short|long)\s+term|a\s+later\s+date|"
            r"at\s+present|the\s+present|lately|recent\s+years|recent\s+weeks\s+and\s+months|the\s+past|"
            r"the\s+time\s+being|this\s+time|future)\b(?!-)"),
)

@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The compiled grammar (built on first use, then shared; immutable)."""
    pieces = _pieces()
    # pieces may reference other pieces (NUM uses NUMW): expand twice
    for _ in range(2):
        pieces = {k: v.replace("{NUMW}", pieces["NUMW"]) for k, v in pieces.items()}
    out: list[Rule] = []
    for i, (name, template) in enumerate(_RULES):
        pattern = template
        for key in sorted(pieces, key=len, reverse=True):
            pattern = pattern.replace("{" + key + "}", pieces[key])
        pattern = pattern.replace("{{", "{").replace("}}", "}")
        left = r"(?:(?<![\w-])|(?<=\d\d-))" if name == "year" else r"(?<![\w-])"
        out.append(Rule(name, re.compile(left + r"(?:" + pattern + r")(?![\w])", re.IGNORECASE), i))
    return tuple(out)

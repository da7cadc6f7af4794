"""The office-holder knowledge base: who held which office, where, and when.

Every ``data/office_holders/*.tsv`` file has the header
``person aliases country office title org start end source``; ``load_kb()`` reads them all
(once, cached) into an immutable ``OfficeHolderKB``. Rows that do not parse are skipped and
reported in ``OfficeHolderKB.problems`` rather than breaking the pipeline.

Names are compared on a normalized key (case, diacritics, hyphens and spaces ignored, so
"Lee Jae Myung" == "Lee Jae-myung" and "Kim Jong-un" == "Kim Jong Un"); a surname alone is
never matched. Free-text titles ("U.S. Secretary of State", "top diplomat", "NATO chief")
are mapped to office keys by ``title_matches_office``.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Literal

from communique.actors.countries import fold, trie_pattern

Office = Literal[
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "national_security_adviser", "envoy", "un_secretary_general", "eu_commission_president",
    "eu_council_president", "eu_foreign_policy_chief", "nato_secretary_general", "other",
]
OFFICES: tuple[str, ...] = (
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "national_security_adviser", "envoy", "un_secretary_general", "eu_commission_president",
    "eu_council_president", "eu_foreign_policy_chief", "nato_secretary_general", "other",
)
HEADER: tuple[str, ...] = ("person", "aliases", "country", "office", "title", "org", "start", "end", "source")
DATA_DIR = "office_holders"
# A holder named in an article a few days after leaving office is still the same holder.
GRACE = dt.timedelta(days=3)


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    """One tenure of one person in one office (``end`` None while in office)."""

    person: str
    aliases: tuple[str, ...]
    country: str
    office: str
    title: str
    org: str | None
    start: dt.date
    end: dt.date | None
    source: str

    @property
    def kb_id(self) -> str:
        """Stable key for this tenure: ``name-key:country:office:start``."""
        return f"{name_key(self.person)}:{self.country}:{self.office}:{self.start.isoformat()}"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.person, *self.aliases)

    @property
    def acting(self) -> bool:
        return bool(re.match(r"(?i)(acting|interim|caretaker)\b", self.title))

    def active_on(self, day: dt.date, grace: dt.timedelta = dt.timedelta(0)) -> bool:
        """True if in office on ``day`` (both ends inclusive; ``grace`` widens both ends)."""
        return self.start - grace <= day and (self.end is None or day <= self.end + grace)


# ---- names -----------------------------------------------------------------------------------
# forms of address written before a name, which the knowledge base's names leave out ("Sheikh",
# Malaysian titles of honour such as "Datuk Seri" and "Tan Sri", the Afghan "Mullah")
_HONORIFICS = re.compile(
    r"^(?:(?:mr|mrs|ms|dr|sir|dame|prof|h\.?e|his excellency|her excellency|sheikh|shaikh|mullah|maulana|"
    r"datuk seri|dato['\u2019]? seri|datuk|dato['\u2019]?|tan sri|puan sri|tun)\.?\s+)+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def name_key(name: str) -> str:
    """Case-, diacritic-, hyphen- and space-insensitive key ("Lee Jae Myung" -> "leejaemyung")."""
    t = _HONORIFICS.sub("", fold(name).strip())
    t = _POSSESSIVE.sub("", t)
    return "".join(c for c in t.lower() if c.isalnum())


_APOS = str.maketrans({"\u2019": "'", "\u2018": "'"})
_COMMON_SINGLE_NAMES = frozenset({"francis", "charles", "lula"})


def _scannable_name(name: str) -> bool:
    """Multi-word names, acronyms of three or more capitals ("MBS"), and long distinctive single names."""
    words = name.split()
    if len(words) >= 2:
        return True
    if name.isupper() and len(name) >= 3:
        return True
    return len(name) >= 6 and name.lower() not in _COMMON_SINGLE_NAMES


def _name_keys(name: str) -> set[str]:
    """The full key, plus one without middle initials and Jr./Sr. ("Joseph R. Biden Jr.")."""
    keys = {name_key(name)}
    tokens = [t for t in re.split(r"[\s,]+", _HONORIFICS.sub("", fold(name).strip())) if t]
    trimmed = [t for t in tokens if len(t.strip(".")) > 1 and t.strip(".").lower() not in ("jr", "sr")]
    if len(trimmed) >= 2 and len(trimmed) != len(tokens):
        keys.add(name_key(" ".join(trimmed)))
    keys.discard("")
    return keys


# ---- titles ----------------------------------------------------------------------------------
_NOT_IN_OFFICE = re.compile(
    r"\b(former|ex|late|deputy|vice|assistant|under|junior|first\s+lady|elect|designate|nominee|"
    r"would-be|candidate|hopeful|then|previous|opposition)\b|\bex-", re.IGNORECASE)
_ORG_WORDS = {
    "UN": re.compile(r"\b(u\.?n\.?|united nations)\b", re.IGNORECASE),
    "NATO": re.compile(r"\bnato\b|\bnorth atlantic\b", re.IGNORECASE),
    "EU": re.compile(r"\b(e\.?u\.?|european|brussels)\b", re.IGNORECASE),
    "OTHER": re.compile(r"\b(asean|african union|a\.?u\.?|arab league|opec|iaea|who|wto|imf|osce|oas|"
                        r"gcc|sco|world bank|interpol)\b", re.IGNORECASE),
}
_OFFICE_PATTERNS: dict[str, re.Pattern[str]] = {
    "head_of_state": re.compile(
        r"\b(president|king|queen|emperor|emir|amir|sultan|monarch|pope|supreme leader|head of state|"
        r"leader|ruler|chairman of the (state affairs commission|sovereignty council|transitional military "
        r"council|presidential council)|sovereignty council chief|general secretary|strongman|dictator|"
        r"junta chief|military ruler)\b", re.IGNORECASE),
    "head_of_government": re.compile(
        r"\b(prime minister|premier|pm|chancellor|head of government|chief adviser|chief advisor|"
        r"state counsell?or|taoiseach|leader|president|crown prince and prime minister)\b", re.IGNORECASE),
    "foreign_minister": re.compile(
        r"\b(foreign minister|foreign affairs minister|minister (of|for) foreign affairs|"
        r"minister of external affairs|external affairs minister|foreign secretary|secretary of state|"
        r"secretary for foreign affairs|top diplomat|chief diplomat|foreign affairs secretary|"
        r"minister of foreign affairs and trade|foreign affairs chief|fm)\b", re.IGNORECASE),
    "defence_minister": re.compile(
        r"\b(defen[cs]e (minister|secretary|chief)|minister (of|for) (national )?defen[cs]e|"
        r"secretary of (defen[cs]e|war)|war secretary|pentagon chief|armed forces minister|"
        r"secretary of state for defen[cs]e|minister of the armed forces)\b", re.IGNORECASE),
    "national_security_adviser": re.compile(
        r"\b(national security (adviser|advisor|director|chief)|security adviser|security advisor|"
        r"director of national security|head of the national security office|"
        r"national security council secretary|secretary of the (national )?security council)\b",
        re.IGNORECASE),
    "envoy": re.compile(
        r"\b(envoy|ambassador|special representative|negotiator|emissary|representative to|"
        r"permanent representative)\b", re.IGNORECASE),
    "un_secretary_general": re.compile(
        r"\b(secretary[- ]general|un chief|u\.n\. chief|united nations chief)\b", re.IGNORECASE),
    "nato_secretary_general": re.compile(r"\b(secretary[- ]general|nato chief|head of nato)\b", re.IGNORECASE),
    "eu_commission_president": re.compile(
        r"\b((european )?commission (president|chief|head)|president of the (european )?commission|"
        r"head of the (european )?commission)\b", re.IGNORECASE),
    "eu_council_president": re.compile(
        r"\b((european )?council (president|chief)|president of the european council)\b", re.IGNORECASE),
    "eu_foreign_policy_chief": re.compile(
        r"\b(foreign policy chief|high representative|foreign affairs chief|top diplomat|chief diplomat|"
        r"foreign policy head)\b", re.IGNORECASE),
}
# Titles of bodies other than a state's executive: "Commission President" is not a head of state.
_NON_STATE_BODY = re.compile(
    r"\b(commission|parliament|assembly|bank|court|committee|congress|senate|party|union|"
    r"organi[sz]ation|agency|fund|forum|board|university|company|corporation|group|federation)\b",
    re.IGNORECASE)
_STATE_BODY_OK = re.compile(r"\b(state affairs commission|sovereignty council|transitional military council|"
                            r"presidential council|communist party|workers' party)\b", re.IGNORECASE)

# Other cabinet portfolios: "Chancellor of the Exchequer", "Secretary of State for Health".
_OTHER_PORTFOLIO = re.compile(
    r"\b(exchequer|treasury|finance|interior|home|justice|trade|commerce|econom\w*|health|education|"
    r"energy|agriculture|labou?r|transport|culture|environment|unification|industry|housing)\b",
    re.IGNORECASE)
_OWN_PORTFOLIO = re.compile(r"\b(foreign|external|defen[cs]e|war|security)\b", re.IGNORECASE)


def _orgs_named(title: str) -> set[str]:
    return {org for org, pat in _ORG_WORDS.items() if pat.search(title)}


def title_offices(title: str) -> frozenset[str]:
    """Every office key (except "other") a free-text title can denote; empty if none or not in office."""
    if not isinstance(title, str) or not title.strip() or _NOT_IN_OFFICE.search(title):
        return frozenset()
    t = title.strip()
    orgs = _orgs_named(t)
    out: set[str] = set()
    for office, pat in _OFFICE_PATTERNS.items():
        if pat.search(t):
            out.add(office)
    # Defence wins over a bare "Secretary of State" ("Secretary of State for Defence").
    if "defence_minister" in out:
        out.discard("foreign_minister")
    # Organisation offices need their organisation (or none at all) and exclude state offices.
    if "un_secretary_general" in out and orgs - {"UN"}:
        out.discard("un_secretary_general")
    if "nato_secretary_general" in out and orgs - {"NATO"}:
        out.discard("nato_secretary_general")
    if orgs & {"UN", "NATO"} and not (orgs & {"EU"}):
        for key in ("eu_commission_president", "eu_council_president", "eu_foreign_policy_chief"):
            out.discard(key)
    if "EU" not in orgs:
        if "foreign_minister" in out:
            out.discard("eu_foreign_policy_chief")
        if not re.search(r"\bcommission\b", t, re.IGNORECASE):
            out.discard("eu_commission_president")
        if not re.search(r"\beuropean council\b", t, re.IGNORECASE):
            out.discard("eu_council_president")
    other_portfolio = _OTHER_PORTFOLIO.search(t) and not _OWN_PORTFOLIO.search(t)
    if (orgs & {"UN", "NATO", "EU", "OTHER"} or other_portfolio
            or (_NON_STATE_BODY.search(t) and not _STATE_BODY_OK.search(t))):
        for key in ("head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                    "national_security_adviser"):
            out.discard(key)
    if "EU" in orgs and "eu_foreign_policy_chief" in out:
        out.discard("foreign_minister")
    return frozenset(out)


def title_matches_office(title: str, office: str) -> bool:
    """True if a free-text title ("U.S. Secretary of State", "top diplomat") can denote ``office``."""
    return office in title_offices(title)


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[^a-z]+", fold(text).lower()) if w and w not in ("the", "of", "and", "for")}


# Head-of-state/government titles come in families; "President" never denotes a Prime Minister.
_HEAD_FAMILIES: dict[str, re.Pattern[str]] = {
    "president": re.compile(r"\bpresident\b", re.IGNORECASE),
    "prime_minister": re.compile(r"\b(prime minister|premier|pm)\b", re.IGNORECASE),
    "chancellor": re.compile(r"\bchancellor\b", re.IGNORECASE),
    "monarch": re.compile(r"\b(king|queen|emperor|emir|amir|sultan|monarch|pope)\b", re.IGNORECASE),
    "counsellor": re.compile(r"\b(state counsell?or|chief advis[eo]r)\b", re.IGNORECASE),
    "chairman": re.compile(r"\bchairman\b", re.IGNORECASE),
}


def _head_families(title: str) -> set[str]:
    return {fam for fam, pat in _HEAD_FAMILIES.items() if pat.search(title)}


def title_compatible(title: str | None, holder: OfficeHolder) -> bool:
    """True if ``title`` fits the tenure: through its office key, or (for "other") its own title."""
    if title is None or not title.strip():
        return True
    if _NOT_IN_OFFICE.search(title):
        return False
    if holder.office != "other" and title_matches_office(title, holder.office):
        if holder.office in ("head_of_state", "head_of_government"):
            asked, held = _head_families(title), _head_families(holder.title)
            return not asked or not held or bool(asked & held)
        return True
    mine = _words(holder.title) - {"acting", "interim", "caretaker"}
    theirs = _words(title)
    return bool(mine) and mine <= theirs


# ---- the knowledge base ----------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class OfficeHolderKB:
    """Immutable set of tenures with lookups by name, office and date."""

    entries: tuple[OfficeHolder, ...]
    problems: tuple[str, ...] = ()

    @cached_property
    def _by_key(self) -> Mapping[str, tuple[OfficeHolder, ...]]:
        out: dict[str, list[OfficeHolder]] = {}
        for h in self.entries:
            keys: set[str] = set()
            for n in h.names:
                keys |= _name_keys(n)
            for k in keys:
                out.setdefault(k, []).append(h)
        return MappingProxyType({k: tuple(sorted(v, key=lambda h: h.start)) for k, v in out.items()})

    @cached_property
    def _name_scanner(self) -> re.Pattern[str]:
        forms: set[str] = set()
        for h in self.entries:
            for n in h.names:
                if _scannable_name(n):
                    for variant in (n, fold(n)):
                        forms.add(re.sub(r"\s+", " ", variant.translate(_APOS)).strip().lower())
        return trie_pattern(forms, loose_separators=True)

    def find_names(self, text: str) -> list[tuple[str, int, int]]:
        """(person, start, end) for every full name or alias of a known office holder in ``text``.

        Single-word names are only found when distinctive ("Jokowi", "Naruhito"), not "Francis".
        """
        if not isinstance(text, str) or not text:
            return []
        out: list[tuple[str, int, int]] = []
        for m in self._name_scanner.finditer(text):
            found = m.group()
            if not found[:1].isupper():
                continue
            hits = self._by_key.get(name_key(found), ())
            if not hits:
                continue
            if found.isupper() and len(found.split()) == 1 and not any(found in h.names for h in hits):
                continue
            out.append((hits[-1].person, m.start(), m.end()))
        return out

    def by_name(self, name: str) -> list[OfficeHolder]:
        """Every tenure of the person with this full name or alias (never a surname alone)."""
        if not isinstance(name, str):
            return []
        found: dict[str, OfficeHolder] = {}
        for k in _name_keys(name):
            for h in self._by_key.get(k, ()):
                found.setdefault(h.kb_id, h)
        return sorted(found.values(), key=lambda h: (h.start, h.office))

    def tenures(self, name: str) -> list[OfficeHolder]:
        """All tenures of this person, oldest first."""
        return self.by_name(name)

    def holders(self, country: str, office: str, on: dt.date) -> list[OfficeHolder]:
        """Who held ``office`` for ``country`` (ISO3, or an org code for org offices) on ``on``.

        Newest appointment first, so on a hand-over day the incoming holder leads.
        """
        code = country.upper()
        hits = [h for h in self.entries
                if h.office == office and (h.country == code or (h.org or "").upper() == code)
                and h.active_on(on)]
        return sorted(hits, key=lambda h: (h.acting, -h.start.toordinal()))

    def resolve(self, name: str, title: str | None = None, country: str | None = None,
                on: dt.date | None = None) -> OfficeHolder | None:
        """The tenure a mention most likely refers to: full-name match, then compatible country,
        title and date. With ``on``, a tenure active that day (or within ``GRACE``) is required."""
        cands = self.by_name(name)
        if country:
            code = country.upper()
            cands = [h for h in cands if h.country == code or (h.org or "").upper() == code]
        if title:
            cands = [h for h in cands if title_compatible(title, h)]
        if on is not None:
            active = [h for h in cands if h.active_on(on)]
            cands = active or [h for h in cands if h.active_on(on, GRACE)]
        if not cands:
            return None
        return max(cands, key=lambda h: (h.office != "other", not h.acting, h.start))

    def tenure_bounds(self, name: str, title: str | None = None) -> tuple[dt.date | None, dt.date | None]:
        """Earliest start and latest end (None if still in office) of the tenures of ``name``
        compatible with ``title``; (None, None) when there is none."""
        cands = [h for h in self.by_name(name) if title_compatible(title, h)]
        if not cands:
            return (None, None)
        start = min(h.start for h in cands)
        end = None if any(h.end is None for h in cands) else max(h.end for h in cands if h.end)
        return (start, end)


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def parse_rows(text: str, name: str = "<tsv>") -> tuple[list[OfficeHolder], list[str]]:
    """Parse one office-holder table: the tenures, and a message for every row that was skipped."""
    holders: list[OfficeHolder] = []
    problems: list[str] = []
    reader = csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, [])
    if tuple(header) != HEADER:
        return [], [f"{name}: header {header!r}, expected {HEADER!r}"]
    for lineno, row in enumerate(reader, start=2):
        if not "".join(row).strip():
            continue
        where = f"{name}:{lineno}"
        if len(row) != len(HEADER):
            problems.append(f"{where}: {len(row)} fields, expected {len(HEADER)}")
            continue
        r = dict(zip(HEADER, (v.strip() for v in row), strict=True))
        try:
            start = _date(r["start"])
            end = _date(r["end"])
        except ValueError as exc:
            problems.append(f"{where}: bad date ({exc})")
            continue
        if not r["person"] or not (r["country"] or r["org"]) or start is None:
            problems.append(f"{where}: person, country (or org) and start are required")
            continue
        if r["office"] not in OFFICES:
            problems.append(f"{where}: unknown office {r['office']!r}")
            continue
        if end is not None and end < start:
            problems.append(f"{where}: ends {end} before it starts {start}")
            continue
        holders.append(OfficeHolder(
            person=r["person"], aliases=tuple(a.strip() for a in r["aliases"].split("|") if a.strip()),
            country=r["country"].upper(), office=r["office"], title=r["title"], org=r["org"] or None,
            start=start, end=end, source=r["source"]))
    return holders, problems


def build_kb(tables: Iterable[tuple[str, str]]) -> OfficeHolderKB:
    """A knowledge base from (name, text) pairs of TSV tables."""
    entries: list[OfficeHolder] = []
    problems: list[str] = []
    for name, text in tables:
        got, bad = parse_rows(text, name)
        entries.extend(got)
        problems.extend(bad)
    return OfficeHolderKB(entries=tuple(entries), problems=tuple(problems))


@lru_cache(maxsize=1)
def load_kb() -> OfficeHolderKB:
    """Every ``data/office_holders/*.tsv`` table (read once)."""
    folder = resources.files("communique").joinpath("data", DATA_DIR)
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name)
    return build_kb((f.name, f.read_text(encoding="utf-8")) for f in files)

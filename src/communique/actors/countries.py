"""Country, place and organisation gazetteer built from ``data/countries.tsv``, ``places.tsv``
and ``organizations.tsv``.

``load_gazetteer()`` reads the three tables once (cached) into an immutable ``Gazetteer``; the
module-level functions are shortcuts to it. Lookups are case- and punctuation-tolerant
("the U.S." == "US" == "United States", "Russia's" == "Russia", "Cote d'Ivoire" ==
"Côte d'Ivoire"), except that acronyms ("US", "UN", "WHO", "CAR") only match when written
in capitals, so "us" or "who" never name a state or an organisation.

``match_spans(text)`` scans raw text for country names, short forms, demonyms, capitals and
single-state groups (one lazily compiled trie regex, longest match at word boundaries). Place
and organisation names that merely contain a country word ("Korean Peninsula", "Northern
Ireland", "Organization of American States") are matched too and so never yield a false
country hit. Context-dependent forms ("the North" for North Korea) are only read by
``contextual_country`` or by ``match_spans(..., context=...)``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal

How = Literal["name", "short", "demonym", "capital", "org", "place", "contextual"]
OrgKind = Literal["IGO", "group"]
PlaceKind = Literal["city", "region", "sea"]
SpanMatch = tuple[int, int, str, str]  # (start, end, iso3, how)

COUNTRY_HEADER = ("iso3", "name", "aliases", "demonyms", "capital", "capital_aliases", "short_forms",
                  "contextual")
PLACE_HEADER = ("name", "iso3", "kind", "aliases")
ORG_HEADER = ("code", "name", "aliases", "kind", "country")

# Place names that are also common words or person names elsewhere: looked up, never scanned.
_AMBIGUOUS_PLACES = frozenset({"victoria", "kingston", "georgetown", "santiago", "st. john's", "saint john's",
                               "male", "sana", "nice", "medina", "mendoza", "rosario", "darwin", "florence",
                               "sucre", "roma", "wien"})
# Seats of government and spellings listed with a capital that are not the capital itself: they are
# scanned as places, never as "capital" metonyms.
_NOT_CAPITAL_METONYMS = frozenset({"colombo", "cape town", "the hague", "east jerusalem", "la habana",
                                   "cotonou", "abidjan", "kotte", "bujumbura"})
# Phrases containing a demonym that do not refer to that state.
_BLOCKERS = ("inter-Korean", "Latin American", "South American", "North American", "Central American",
             "Native American", "African American", "Asian American", "Pan-American", "Korean-American",
             "Arab American", "Indian Ocean", "Indian subcontinent", "American Samoa", "Dutch Caribbean",
             "Guinea worm", "Turkish coffee", "French fries", "Chinese New Year")
_PRIORITY: dict[str, int] = {"name": 0, "short": 0, "contextual": 1, "demonym": 2, "capital": 3, "org": 4,
                             "place": 5, "block": 6}

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})
_POSSESSIVE = re.compile(r"'s?$")
_NON_WORD = re.compile(r"[^\w]+")
_WS = re.compile(r"\s+")
_CAPITALIZED_NEXT = re.compile(r"[\s-]+[A-Z]")  # "the South Korean", "the North Atlantic"


def fold(text: str) -> str:
    """Text without diacritics, with straight apostrophes and plain hyphens."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).translate(_DASHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _bare(text: str) -> str:
    """Folded text without dots, possessive and a leading article; case preserved."""
    t = fold(text).strip().strip(",;:!?()[]\"")
    t = _POSSESSIVE.sub("", t).replace(".", "")
    t = _WS.sub(" ", t).strip()
    if t[:4].lower() == "the ":
        t = t[4:]
    return t


def norm_key(text: str) -> str:
    """Lookup key: folded, lower case, punctuation and articles dropped ("the U.S.'s" -> "us")."""
    t = _bare(text).replace("'", "")
    return _NON_WORD.sub(" ", t).strip().lower()


def is_acronym(form: str) -> bool:
    """An all-capitals short form ("US", "U.S.", "the UN", "WHO") - matched case-sensitively."""
    return _acronym_key(form) is not None


def _acronym_key(text: str) -> str | None:
    """The capitals of ``text`` if it is written as an acronym ("U.S.'s" -> "US"), else None."""
    t = _bare(text).replace(" ", "")
    return t if t.isalpha() and t.isupper() and 1 < len(t) <= 5 else None


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


@dataclass(frozen=True, slots=True)
class CountryEntry:
    """One state: ISO3 code, usual English name and the forms news writes it in."""

    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str = ""
    capital_aliases: tuple[str, ...] = ()
    short_forms: tuple[str, ...] = ()
    contextual: tuple[tuple[str, str], ...] = ()  # (form, partner ISO3): "the North" with KOR

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.short_forms)


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """A city, region or body of water; ``iso3`` is None when no single state applies."""

    name: str
    iso3: str | None
    kind: PlaceKind
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """An intergovernmental organisation or a non-state group (``country`` set for one-state groups)."""

    code: str
    name: str
    kind: OrgKind
    country: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Surface:
    """One scannable form: what it resolves to and how it must be capitalised."""

    iso3: str | None
    how: str
    acronym: bool
    partner: str | None = None


def _read_tsv(name: str, header: tuple[str, ...]) -> Iterator[dict[str, str]]:
    text = resources.files("communique").joinpath("data", name).read_text(encoding="utf-8")
    yield from parse_tsv(text, header, name)


def parse_tsv(text: str, header: tuple[str, ...], name: str = "<tsv>") -> Iterator[dict[str, str]]:
    """Rows of a tab-separated table whose first line must equal ``header``."""
    reader = csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    first = next(reader, [])
    if tuple(first) != header:
        raise ValueError(f"{name}: header {first!r}, expected {header!r}")
    for lineno, row in enumerate(reader, start=2):
        if not row or not "".join(row).strip():
            continue
        if len(row) < len(header):
            row = row + [""] * (len(header) - len(row))
        if len(row) > len(header):
            raise ValueError(f"{name}:{lineno}: {len(row)} fields, expected {len(header)}")
        yield {k: v.strip() for k, v in zip(header, row, strict=True)}


def _index(pairs: Iterable[tuple[str, str]]) -> Mapping[str, str]:
    """key -> value for the first occurrence of each key (earlier tables win)."""
    out: dict[str, str] = {}
    for form, value in pairs:
        key = norm_key(form)
        if key:
            out.setdefault(key, value)
    return MappingProxyType(out)


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Immutable lookup tables for states, places and organisations."""

    countries: Mapping[str, CountryEntry]
    places: tuple[PlaceEntry, ...]
    organizations: tuple[OrgEntry, ...]

    # ---- indexes (computed once per instance) -------------------------------------------
    @cached_property
    def _names(self) -> Mapping[str, str]:
        return _index((f, c.iso3) for c in self.countries.values() for f in c.names if not is_acronym(f))

    @cached_property
    def _acronyms(self) -> Mapping[str, str]:
        out: dict[str, str] = {}
        for c in self.countries.values():
            for f in c.names:
                acro = _acronym_key(f)
                if acro is not None:
                    out.setdefault(acro, c.iso3)
        return MappingProxyType(out)

    @cached_property
    def _demonyms(self) -> Mapping[str, str]:
        return _index((f, c.iso3) for c in self.countries.values() for f in c.demonyms)

    @cached_property
    def _capitals(self) -> Mapping[str, str]:
        return _index((f, c.iso3) for c in self.countries.values()
                      for f in (c.capital, *c.capital_aliases) if f)

    @cached_property
    def _places(self) -> Mapping[str, PlaceEntry]:
        out: dict[str, PlaceEntry] = {}
        for p in self.places:
            for f in (p.name, *p.aliases):
                key = norm_key(f)
                if key:
                    out.setdefault(key, p)
        return MappingProxyType(out)

    @cached_property
    def _orgs(self) -> Mapping[str, OrgEntry]:
        out: dict[str, OrgEntry] = {}
        for o in self.organizations:
            for f in (o.name, *o.aliases, o.code):
                if not is_acronym(f):
                    out.setdefault(norm_key(f), o)
        return MappingProxyType(out)

    @cached_property
    def org_first_words(self) -> frozenset[str]:
        """Lower-cased first words of every organization name, alias and code: a cheap filter
        before trying to read an organization's name at a position of a text."""
        words: set[str] = set()
        for o in self.organizations:
            for f in (o.name, *o.aliases, o.code):
                first = norm_key(f).split()
                if first:
                    words.add(first[0])
        return frozenset(words)

    @cached_property
    def _org_acronyms(self) -> Mapping[str, OrgEntry]:
        out: dict[str, OrgEntry] = {}
        for o in self.organizations:
            for f in (o.code, o.name, *o.aliases):
                acro = _acronym_key(f)
                if acro is not None:
                    out.setdefault(acro, o)
        return MappingProxyType(out)

    @cached_property
    def _contextual(self) -> Mapping[str, tuple[tuple[str, str], ...]]:
        out: dict[str, list[tuple[str, str]]] = {}
        for c in self.countries.values():
            for form, partner in c.contextual:
                out.setdefault(norm_key(form), []).append((c.iso3, partner))
        return MappingProxyType({k: tuple(v) for k, v in out.items()})

    # ---- lookups ---------------------------------------------------------------------------
    def country_of(self, text: str) -> str | None:
        """ISO3 for a country name, alias or short form ("U.S.", "S. Korea", "the UK"), else None."""
        if not isinstance(text, str) or not text.strip():
            return None
        acro = _acronym_key(text)
        if acro is not None and acro in self._acronyms:
            return self._acronyms[acro]
        return self._names.get(norm_key(text))

    def country_of_demonym(self, text: str) -> str | None:
        """ISO3 for a demonym or adjective ("South Korean", "Russians", "Japanese"), else None."""
        if not isinstance(text, str):
            return None
        return self._demonyms.get(norm_key(text))

    def capital_of(self, iso3: str) -> str | None:
        entry = self.countries.get(iso3.upper()) if isinstance(iso3, str) else None
        return entry.capital if entry and entry.capital else None

    def country_of_capital(self, text: str) -> str | None:
        """ISO3 of the state whose capital (or seat of government) this is ("Kiev" -> UKR)."""
        if not isinstance(text, str):
            return None
        return self._capitals.get(norm_key(text))

    def place(self, text: str) -> PlaceEntry | None:
        if not isinstance(text, str):
            return None
        return self._places.get(norm_key(text))

    def place_country(self, text: str) -> str | None:
        """ISO3 for a country, capital, or any city/region/sea in places.tsv tied to one state."""
        iso = self.country_of(text) or self.country_of_capital(text)
        if iso:
            return iso
        p = self.place(text)
        return p.iso3 if p else None

    def organization(self, text: str) -> OrgEntry | None:
        """The organisation or group named by a code, name or alias ("U.N.", "NATO", "Houthi rebels")."""
        if not isinstance(text, str) or not text.strip():
            return None
        acro = _acronym_key(text)
        if acro is not None and acro in self._org_acronyms:
            return self._org_acronyms[acro]
        return self._orgs.get(norm_key(text))

    def name_of(self, iso3: str) -> str:
        """Usual English name for an ISO3 code; the code itself when unknown."""
        entry = self.countries.get(iso3.upper()) if isinstance(iso3, str) else None
        return entry.name if entry else iso3

    def is_country_word(self, text: str) -> bool:
        """True for a country name, alias, short form or demonym (not capitals, not contextual)."""
        return self.country_of(text) is not None or self.country_of_demonym(text) is not None

    def contextual_country(self, text: str, context: Iterable[str]) -> str | None:
        """ISO3 for a context-dependent form ("the North") when its state or partner is in context."""
        if not isinstance(text, str):
            return None
        present = {c.upper() for c in context}
        for iso3, partner in self._contextual.get(norm_key(text), ()):
            if iso3 in present or partner in present:
                return iso3
        return None

    # ---- scanning --------------------------------------------------------------------------
    @cached_property
    def _scan_tables(self) -> tuple[Mapping[str, _Surface], frozenset[str]]:
        """Folded surface -> what it means, and every written variant the scanner must match."""
        table: dict[str, _Surface] = {}
        written: set[str] = set()

        def add(form: str, iso3: str | None, how: str, partner: str | None = None) -> None:
            form = form.strip()
            if not form or "," in form:
                return
            if form[:4].lower() == "the " and how != "contextual":
                known = table.get(_scan_key(form[4:]))
                if known is not None and known.iso3 == iso3:
                    return  # "the Gaza Strip" adds nothing to "Gaza Strip"
            key = _scan_key(form)
            new = _Surface(iso3, how, is_acronym(form), partner)
            old = table.get(key)
            if old is None or _PRIORITY[how] < _PRIORITY[old.how]:
                table[key] = new
            written.add(_WS.sub(" ", form.translate(_APOSTROPHES).translate(_DASHES)).lower())
            written.add(key)

        for c in self.countries.values():
            for f in (c.name, *c.aliases):
                add(f, c.iso3, "name")
            for f in c.short_forms:
                add(f, c.iso3, "short")
            for f in c.demonyms:
                add(f, c.iso3, "demonym")
            for f in (c.capital, *c.capital_aliases):
                if f and fold(f).lower() not in _AMBIGUOUS_PLACES | _NOT_CAPITAL_METONYMS:
                    add(f, c.iso3, "capital")
            for f, partner in c.contextual:
                add(f, c.iso3, "contextual", partner)
        for o in self.organizations:
            for f in (o.name, *o.aliases, o.code):
                if "_" not in f:
                    add(f, o.country, "org" if o.country else "block")
        for p in self.places:
            for f in (p.name, *p.aliases):
                if fold(f).lower() not in _AMBIGUOUS_PLACES:
                    add(f, p.iso3, "place")
        for f in _BLOCKERS:
            add(f, None, "block")
        return MappingProxyType(table), frozenset(written)

    @cached_property
    def _scanner(self) -> re.Pattern[str]:
        return trie_pattern(self._scan_tables[1])

    def match_spans(self, text: str, *, places: bool = False,
                    context: Iterable[str] | None = None) -> list[SpanMatch]:
        """(start, end, iso3, how) for every country mention in ``text``, longest match first.

        ``how`` is name|short|demonym|capital|org; with ``places=True`` also "place" for cities and
        regions tied to one state; with ``context`` (ISO3 codes already in the article) also
        "contextual" for forms like "the North".
        """
        if not isinstance(text, str) or not text:
            return []
        present = {c.upper() for c in context} if context is not None else None
        out: list[SpanMatch] = []
        table, scanner = self._scan_tables[0], self._scanner
        pos = 0
        while (m := scanner.search(text, pos)) is not None:
            surface = table.get(_scan_key(m.group()))
            if surface is None or (surface.how != "block" and not _case_ok(m.group(), surface)) or (
                    surface.how == "contextual" and _CAPITALIZED_NEXT.match(text, m.end())):
                pos = m.start() + 1  # not this form here: let a form starting inside it match
                continue
            pos = m.end()
            if surface.iso3 is None or (surface.how == "place" and not places):
                continue  # blockers and, unless asked for, places consume their words silently
            if surface.how == "contextual" and (present is None
                                                or not ({surface.iso3, surface.partner} & present)):
                continue
            out.append((m.start(), m.end(), surface.iso3, surface.how))
        return out


def _scan_key(text: str) -> str:
    return _WS.sub(" ", fold(text)).strip().lower()


def _atoms(key: str, loose_separators: bool = False) -> Iterator[str]:
    for ch in key:
        if ch in " -" and loose_separators:
            yield "[\\s\u2010\u2011\u2013-]+"
        elif ch == " ":
            yield r"\s+"
        elif ch == "'":
            yield "['\u2019]"
        elif ch == "-":
            yield "[-\u2010\u2011\u2013]"
        else:
            yield re.escape(ch)


def trie_pattern(forms: Iterable[str], *, loose_separators: bool = False) -> re.Pattern[str]:
    """One case-insensitive regex matching any of ``forms`` (lower case) at word boundaries,
    longest form first. With ``loose_separators`` a space or hyphen matches either ("Jae-myung")."""
    trie: dict[str, Any] = {}
    for form in sorted(set(forms)):
        node = trie
        for atom in _atoms(form, loose_separators):
            node = node.setdefault(atom, {})
        node[""] = {}
    body = _trie_regex(trie) or r"(?!x)x"
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE)


def _trie_regex(node: dict[str, Any]) -> str:
    alts = [atom + _trie_regex(child) for atom, child in node.items() if atom != ""]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def _case_ok(matched: str, surface: _Surface) -> bool:
    """Acronyms must be written in capitals; other forms must start with a capital letter."""
    if surface.acronym:
        return matched == matched.upper()
    body = matched[4:] if matched[:4].lower() == "the " else matched
    first = next((c for c in body if c.isalpha()), "")
    return first.isupper()


def _parse_contextual(cell: str) -> tuple[tuple[str, str], ...]:
    out = []
    for item in _split(cell):
        form, _, partner = item.partition("@")
        out.append((form.strip(), partner.strip().upper()))
    return tuple(out)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read countries.tsv, places.tsv and organizations.tsv (once) into a ``Gazetteer``."""
    countries: dict[str, CountryEntry] = {}
    for r in _read_tsv("countries.tsv", COUNTRY_HEADER):
        countries[r["iso3"]] = CountryEntry(
            iso3=r["iso3"], name=r["name"], aliases=_split(r["aliases"]), demonyms=_split(r["demonyms"]),
            capital=r["capital"], capital_aliases=_split(r["capital_aliases"]),
            short_forms=_split(r["short_forms"]), contextual=_parse_contextual(r["contextual"]))
    places = tuple(
        PlaceEntry(name=r["name"], iso3=r["iso3"] or None, kind=_place_kind(r["kind"]),
                   aliases=_split(r["aliases"]))
        for r in _read_tsv("places.tsv", PLACE_HEADER))
    orgs = tuple(
        OrgEntry(code=r["code"], name=r["name"], kind="group" if r["kind"] == "group" else "IGO",
                 country=r["country"] or None, aliases=_split(r["aliases"]))
        for r in _read_tsv("organizations.tsv", ORG_HEADER))
    return Gazetteer(countries=MappingProxyType(countries), places=places, organizations=orgs)


def _place_kind(value: str) -> PlaceKind:
    if value == "region":
        return "region"
    if value == "sea":
        return "sea"
    return "city"


# ---- module-level shortcuts ------------------------------------------------------------------
def country_of(text: str) -> str | None:
    return load_gazetteer().country_of(text)


def country_of_demonym(text: str) -> str | None:
    return load_gazetteer().country_of_demonym(text)


def capital_of(iso3: str) -> str | None:
    return load_gazetteer().capital_of(iso3)


def country_of_capital(text: str) -> str | None:
    return load_gazetteer().country_of_capital(text)


def place_country(text: str) -> str | None:
    return load_gazetteer().place_country(text)


def organization(text: str) -> OrgEntry | None:
    return load_gazetteer().organization(text)


def name_of(iso3: str) -> str:
    return load_gazetteer().name_of(iso3)


def is_country_word(text: str) -> bool:
    return load_gazetteer().is_country_word(text)


def contextual_country(text: str, context: Iterable[str]) -> str | None:
    return load_gazetteer().contextual_country(text, context)


def match_spans(text: str, *, places: bool = False, context: Iterable[str] | None = None) -> list[SpanMatch]:
    return load_gazetteer().match_spans(text, places=places, context=context)

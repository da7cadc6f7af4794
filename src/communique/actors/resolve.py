"""In-article actor resolution: every person, organization and state, with all its mentions.

Input: a parsed spaCy ``Doc`` of the article body. Output: an ``ActorTable`` holding the
``Actor`` records and, for the events stage, which tokens refer to which actor and which
tokens name places. The stage corrects the small English model's known faults: bare
surnames tagged as organizations or places, "Secretary of State" yielding an organization
"State", possessives kept inside names, hyphenated given names cut off ("Han Duck").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from communique.actors.names import (
    PATRONYMIC_PARTICLES,
    family_name,
    initials,
    name_parts,
    norm_name,
    same_person,
)
from communique.actors.titles import TitleLexicon
from communique.records import Actor, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from communique.actors.countries import Gazetteer
    from communique.actors.kb import OfficeHolder, OfficeHolderKB

# Nouns that make a demonym or country name stand for the state ("Japanese officials").
STATE_NOUNS = frozenset("""
official officials government governments ministry ministries authority authorities military
ambassador ambassadors consul minister ministers president leader leaders foreign warplanes
warship warships vessels vessel aircraft jets drones missile missiles ships fighter bombers
commander commanders negotiator negotiators troops soldiers
army navy forces force troops delegation delegations diplomat diplomats side leadership regime
administration embassy cabinet presidency parliament lawmakers envoy envoys negotiators
counterparts counterpart coast guard police agency spokesperson spokesman spokeswoman state
""".split())
# Prepositions after which a country's name is only where something happens ("in Canada").
PLACE_ONLY_PREPS = frozenset("in at around near inside outside across throughout within over".split())
# Prepositions after which a capital is a place, not a government.
LOCATIVE_PREPS = frozenset("in at to from near into inside outside across around toward towards via through".split())
# Heads that make a bare surname a modifier, not a reference ("the Biden administration").
MODIFIER_HEADS = frozenset("administration government era camp team policy policies doctrine cabinet presidency campaign".split())
ORG_HEADS = frozenset("""
ministry department council commission agency army navy command party assembly parliament
union organization organisation bank court office embassy force forces guard front group
corporation company committee alliance association federation secretariat senate congress
house cabinet directorate service institute foundation fund authority coalition movement
brigade corps staff chiefs administration government legislature
""".split())
# Capitalized common nouns of organization names: never part of a person's name.
COMMON_CAPS = frozenset("""
nations operations mission forum meeting ministerial cooperation trade affairs security support
maritime peace development economic foreign international national news agency daily times post
journal kingdom united republic democratic people peoples islamic federal central general state
states union affairs defense defence justice health energy finance interior commerce summit
conference dialogue partnership strategic initiative program programme project airport island
islands strait sea river province region city county district airlines air force group
relief disaster rescue humanitarian emergency community political intelligence
""".split())
# Words of COMMON_CAPS that are also family names.
SURNAME_CAPS = frozenset("post times young justice peace general union".split())
# Words that end a firm's name, never a person's ("Astellas Pharma", "Hanwha Aerospace").
FIRM_WORDS = frozenset("""
pharma pharmaceutical pharmaceuticals holdings motors electronics aerospace industries airways
shipping petroleum telecom technologies systems semiconductor semiconductors inc corp ltd llc plc
gmbh co group bank airlines energy chemicals steel logistics capital partners
""".split())
# Nouns of places whose names are set beside them ("the islands of X and Y", "the town of X").
PLACE_NOUNS = frozenset("""
island isle islet atoll archipelago town city village area region province district county territory enclave
port harbour harbor border crossing valley mountain peak river lake strait sea coast peninsula airport base
""".split())
PLACE_WORDS = frozenset("st saint san santa sao port fort mount lake cape gulf point cabo puerto".split())
DESCRIBED = frozenset("official diplomat envoy negotiator minister leader lawmaker general commander emissary aide".split())
REPORTING_VERBS = frozenset("say tell add note state report confirm announce write".split())
MINISTRY_WORDS = frozenset("foreign defense defence trade finance interior justice economy".split())
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
NAME_PARTICLES = frozenset("von van der den de del della da di du dos das bin binti al el la le ter".split())
PERSON_PRONOUNS = frozenset("he she him her his hers".split())
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


# An ambassador named bare in a story set at home is the guest, not the host ("the ministry
# summoned Ambassador X"); "Ambassador to Japan X" is the home state's own.
_POSTED = re.compile(r"\b(ambassador|charg[ée] d['\u2019]affaires|consul|high commissioner|attach[ée])\b", re.I)
_POSTED_TO = re.compile(r"\b(to|in)\s+[A-Z]")
_HOST_BEFORE = re.compile(r"\bto\s+(the\s+)?$", re.I)

@dataclass
class ActorTable:
    """The actors of one article and how its tokens refer to them."""

    actors: list[Actor] = field(default_factory=list)
    by_token: dict[int, str] = field(default_factory=dict)        # token index -> actor id
    places: dict[int, tuple[str, str]] = field(default_factory=dict)  # token index -> (place name, ISO3)
    titles_at: dict[int, str] = field(default_factory=dict)       # title token index -> person actor id
    place_countries: set[int] = field(default_factory=set)        # tokens naming a state used as a place
    home: str | None = None                                        # the state of the dateline, if any

    def get(self, actor_id: str) -> Actor:
        return next(a for a in self.actors if a.id == actor_id)

    def to_data(self) -> dict[str, Any]:
        """Plain data (msgpack-safe) for ``Doc._``, so parsed docs can cross process boundaries."""
        return {"actors": [a.to_dict() for a in self.actors],
                "by_token": [[i, a] for i, a in sorted(self.by_token.items())],
                "places": [[i, n, c] for i, (n, c) in sorted(self.places.items())],
                "titles_at": [[i, a] for i, a in sorted(self.titles_at.items())],
                "place_countries": sorted(self.place_countries), "home": self.home}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ActorTable:
        return cls(actors=[Actor.from_dict(a) for a in data["actors"]],
                   by_token={int(i): a for i, a in data["by_token"]},
                   places={int(i): (n, c) for i, n, c in data["places"]},
                   titles_at={int(i): a for i, a in data["titles_at"]},
                   place_countries={int(i) for i in data["place_countries"]}, home=data.get("home"))

    def actor_of(self, token_i: int) -> Actor | None:
        aid = self.by_token.get(token_i)
        return self.get(aid) if aid else None


@dataclass
class _Person:
    names: list[str]
    spans: list[tuple[int, int]] = field(default_factory=list)   # token spans [start, end)
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    aliases: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        return max(self.names, key=lambda n: (len(name_parts(n)), len(n)))


@dataclass(frozen=True, slots=True)
class Resources:
    """Immutable lookup data the actor stage needs; load once, pass explicitly."""

    gazetteer: Gazetteer
    kb: OfficeHolderKB
    titles: TitleLexicon
    media: frozenset[str]
    metonyms: dict[str, str]
    surnames: dict[str, tuple[OfficeHolder, ...]]   # family name -> office-holders bearing it


def load_resources() -> Resources:
    from communique.actors.countries import load_gazetteer
    from communique.actors.kb import load_kb
    from communique.actors.titles import load_titles

    kb = load_kb()
    return Resources(load_gazetteer(), kb, load_titles(), load_media(), load_metonyms(), surname_index(kb))


def surname_index(kb: OfficeHolderKB) -> dict[str, tuple[OfficeHolder, ...]]:
    """Office-holders by family name, so that "Putin" alone finds Vladimir Putin."""
    index: dict[str, list[OfficeHolder]] = defaultdict(list)
    for h in kb.entries:
        for n in (h.person, *h.aliases):
            fam = family_name(n) or (n if len(n.split()) == 1 else None)   # "Lula", "Jokowi"
            if fam and len(fam) >= 4 and h not in index[norm_name(fam)]:
                index[norm_name(fam)].append(h)
    return {k: tuple(v) for k, v in index.items()}


def load_metonyms() -> dict[str, str]:
    """Buildings standing for governments (``data/metonyms.tsv``): normalized surface -> ISO3."""
    from importlib import resources

    text = resources.files("communique.data").joinpath("metonyms.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {norm_name(surface): iso3.strip() for surface, iso3 in rows}


def load_media() -> frozenset[str]:
    """Names of news outlets and platforms (``data/media.tsv``), normalized."""
    from importlib import resources

    text = resources.files("communique.data").joinpath("media.tsv").read_text(encoding="utf-8")
    return frozenset(norm_name(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _in_skip(start: int, end: int, skip: tuple[Span, ...]) -> bool:
    return any(s <= start < e or s < end <= e for s, e in skip)


def _strip_possessive(text: str) -> str:
    for suf in _POSSESSIVE[:2]:
        if text.endswith(suf):
            return text[: -len(suf)]
    return text


class _Builder:
    def __init__(self, doc: Doc, res: Resources, skip: tuple[Span, ...], on: dt.date | None) -> None:
        self.doc = doc
        self.res = res
        self.skip = skip
        self.on = on
        self.persons: list[_Person] = []
        self.person_tokens: dict[int, int] = {}      # token -> person index
        self.title_tokens: dict[int, int] = {}       # title token -> person index
        self.countries: dict[str, list[tuple[int, int]]] = defaultdict(list)  # iso3 -> token spans
        self.country_surfaces: dict[str, set[str]] = defaultdict(set)
        self.orgs: list[tuple[str, str | None, str | None, list[tuple[int, int]], str | None]] = []
        self.places: dict[int, tuple[str, str]] = {}
        self.marked: dict[str, int] = defaultdict(int)   # ISO3 -> officials named with that country
        self.place_countries: set[int] = set()           # tokens naming a state used as a place
        self.dateline = self._dateline_span()

    # ---------------------------------------------------------------- persons
    def _name_tokens(self, ent: SpacySpan) -> tuple[int, int] | None:
        doc, titles = self.doc, self.res.titles
        start, end = ent.start, ent.end
        # drop leading titles/honorifics and determiners that NER sometimes includes
        while start < end and (doc[start].is_lower or titles.is_title_word(doc[start].text)
                               or doc[start].text.lower().strip(".") in ("mr", "mrs", "ms", "dr", "the")):
            start += 1
        # drop a trailing possessive or punctuation ("Ahmed al-Tayeb -" from spaced dashes)
        while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        if start >= end:
            return None
        # extend across hyphenated given names split by the tokenizer ("Han Duck" + "-soo")
        while end + 1 < len(doc) and doc[end].text in ("-", "\u2010") and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2
        # a name cut after its particle ("Ursula von der" + "Leyen", whatever label the rest got)
        while end < len(doc) and end - 1 > start and doc[end - 1].text in NAME_PARTICLES and doc[end - 1].whitespace_ \
                and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        # extend across name particles ("Ursula von" + "der Leyen")
        while end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end + 1].text[:1].isupper() \
                and doc[end + 1].is_alpha:
            end += 2 if doc[end + 1].lower_ not in NAME_PARTICLES else 1
        # a generational suffix belongs to the name ("Gilberto Teodoro Jr.")
        if end < len(doc) and doc[end].lower_ in NAME_SUFFIXES:
            end += 1
        elif end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in NAME_SUFFIXES:
            end += 2
        # extend across a name part the model left out ("Yoon Suk" + "Yeol")
        while end < len(doc) and doc[end - 1].whitespace_ != "" and self._looks_like_name_part(doc[end]):
            end += 1
        return start, end

    def _looks_like_name_part(self, tok: Token) -> bool:
        g = self.res.gazetteer
        text = _strip_possessive(tok.text)
        return (tok.pos_ == "PROPN" and text[:1].isupper() and text.isalpha() and tok.ent_type_ in ("", "PERSON")
                and not self.res.titles.is_title_word(text) and g.country_of(text) is None
                and g.country_of_demonym(text) is None and len(text) <= 12)

    def _hidden_name(self, ent: SpacySpan) -> SpacySpan | None:
        """A person's name the model swallowed into an organization or place entity:
        "China Kenji Kanasugi", "the Council of Ministers of Italy Giorgia Meloni"."""
        g, titles = self.res.gazetteer, self.res.titles
        toks = list(ent)
        cut = None
        for k, t in enumerate(toks):
            w = _strip_possessive(t.text)
            if g.country_of(w) or g.country_of_demonym(w) or w.lower() in ORG_HEADS or titles.is_title_word(w) \
                    or (k + 1 < len(toks) and g.country_of(w + " " + toks[k + 1].text)):
                cut = k
        if cut is None or not 2 <= len(toks) - cut - 1 <= 4:
            return None
        rest = toks[cut + 1:]
        if rest[0].text == "-" or not all(t.text[:1].isupper() and (t.is_alpha or t.text == "-") and not titles.is_title_word(t.text)
                   and t.lower_ not in ORG_HEADS and t.lower_ not in COMMON_CAPS and g.country_of(t.text) is None
                   and g.country_of_demonym(t.text) is None for t in rest if t.text != "-"):
            return None
        return self.doc[rest[0].i:rest[-1].i + 1]

    def collect_persons(self) -> None:
        doc = self.doc
        singles: list[tuple[int, int]] = []
        ents = []
        for ent in doc.ents:
            if ent.label_ in ("ORG", "GPE", "NORP", "FAC"):
                hidden = self._hidden_name(ent)
                if hidden is not None:
                    ents.append(hidden)
            elif ent.label_ == "PERSON":
                ents.append(ent)
        for ent in ents:
            if _in_skip(ent.start_char, ent.end_char, self.skip):
                continue
            if ent.start > 0 and doc[ent.start - 1].lower_ == "by" and (ent.start == 1 or "\n" in doc[ent.start - 2].text
                                                                         or "\n" in doc[ent.start - 2].whitespace_):
                continue   # a byline
            span = self._name_tokens(ent)
            if span is None:
                continue
            text = doc[span[0]:span[1]].text
            if self._not_a_person(text) or self._names_a_place(doc[span[0]:span[1]]):
                continue
            if len(name_parts(text)) >= 2:
                self._add_full(text, span)
            else:
                singles.append(span)
        self._find_kb_names()
        self._titled_names()
        self._short_forms()
        # single-token PERSON entities with no full name in the article
        for s, e in singles:
            if s in self.person_tokens:
                continue
            tok = self.doc[s]
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in MODIFIER_HEADS:
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lemma_.lower() in MODIFIER_HEADS:
                continue
            text = _strip_possessive(doc[s:e].text)
            key = norm_name(text)
            existing = next((i for i, p in enumerate(self.persons) if key in {norm_name(n) for n in p.names}), None)
            if existing is None:
                self.persons.append(_Person(names=[text]))
                existing = len(self.persons) - 1
            self._mark(existing, (s, e), text)
        self._short_forms()
        self._kb_surnames()

    def _titled_names(self) -> None:
        """Names the model missed right after a capitalized title: "Prime Minister of the
        Government Pham Van Tinh", "Chairman Nguyen Van A"."""
        doc, g, titles = self.doc, self.res.gazetteer, self.res.titles
        i = 0
        while i < len(doc):
            tok = doc[i]
            # a lower-case title right before capitalized words counts too: "trade commissioner X Y"
            lower = tok.is_lower and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
            if not ((tok.text[:1].isupper() or lower) and titles.is_title_word(tok.text)) or i in self.person_tokens:
                i += 1
                continue
            j = i + 1 if lower else i
            while j < len(doc) and j not in self.person_tokens and not (j > i and doc[j - 1].whitespace_ == "") \
                    and (doc[j].text[:1].isupper() and doc[j].is_alpha
                         or doc[j].lower_ in ("of", "the", "for") and j + 2 < len(doc)
                         and (doc[j + 1].text[:1].isupper() or doc[j + 1].lower_ == "the" and doc[j + 2].text[:1].isupper())):
                j += 1
            cut = i
            for k in range(i, j):
                w = doc[k].text
                if doc[k].lower_ in ("of", "the", "for") or titles.is_title_word(w) or w.lower() in ORG_HEADS \
                        or w.lower() in COMMON_CAPS or g.country_of(w) or g.country_of_demonym(w):
                    cut = k
            name = doc[cut + 1:j]
            if 2 <= len(name) <= 4 and (j >= len(doc) or j not in self.person_tokens) \
                    and titles.head(doc[i:cut + 1].text) is not None \
                    and all(t.pos_ == "PROPN" and t.is_title and t.ent_type_ in ("", "PERSON", "ORG") for t in name) \
                    and not _in_skip(name.start_char, name.end_char, self.skip) and not self._not_a_person(name.text):
                self._add_full(name.text, (name.start, name.end))
            i = max(j, i + 1)

    def _kb_surnames(self) -> None:
        """Surnames of office-holders the model did not tag ("the Trump-Lee summit", "Trump's envoy")."""
        g = self.res.gazetteer
        for tok in self.doc:
            text = _strip_possessive(tok.text)
            if tok.i in self.person_tokens or tok.pos_ != "PROPN" or len(text) < 4 or not text[:1].isupper():
                continue
            if _in_skip(tok.idx, tok.idx + len(tok.text), self.skip) or self._not_a_person(text) \
                    or self._names_a_place(self.doc[tok.i:tok.i + 1]):
                continue
            if g.place_country(text) or g.country_of_capital(text):
                continue
            modifier = (tok.dep_ == "compound" and tok.head.lemma_.lower() in MODIFIER_HEADS) or \
                (tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lemma_.lower() in MODIFIER_HEADS)
            hit = self._by_surname(text)
            if hit is None:
                continue
            if modifier:
                # "the Trump administration" is the government of Trump's state, not Trump
                if len(hit.country) == 3 and tok.i + 1 < len(self.doc):
                    self.countries[hit.country].append((tok.i, tok.i + 2))
                    self.country_surfaces[hit.country].add(self.doc[tok.i:tok.i + 2].text)
                continue
            key = norm_name(text)
            idx = next((i for i, p in enumerate(self.persons)
                        if key in {norm_name(n) for n in p.names} | {norm_name(family_name(n) or "") for n in p.names}
                        or any(same_person(hit.person, n) for n in p.names)), None)
            if idx is None:
                self.persons.append(_Person(names=[text]))
                idx = len(self.persons) - 1
            self._mark(idx, (tok.i, tok.i + 1), text)

    def _short_forms(self) -> None:
        """Surnames and other short forms of known persons, whatever label the model gave them."""
        doc = self.doc
        index = self._short_form_index()
        firsts = {k.split()[0] for k in index if k.strip()}
        for tok in doc:
            if not tok.text[:1].isupper() or tok.i in self.person_tokens or \
                    tok.lower_.split("'")[0].split("\u2019")[0] not in firsts or \
                    _in_skip(tok.idx, tok.idx + len(tok.text), self.skip):
                continue
            end = tok.i + 1
            while end + 1 < len(doc) and doc[end - 1].whitespace_ == "" and doc[end].text == "-" and \
                    doc[end].whitespace_ == "" and doc[end + 1].is_alpha and end - tok.i < 4:
                end += 2   # a hyphenated short form split by the tokenizer: "Al-Shaibani"
            key = norm_name(_strip_possessive(doc[tok.i:end].text))
            if end > tok.i + 1 and key not in index:
                end, key = tok.i + 1, norm_name(_strip_possessive(tok.text))
            if key not in index or any(t.i in self.person_tokens for t in doc[tok.i:end]):
                continue
            if tok.text.isupper() and len(tok.text) <= 5 and not any(initials(n) == tok.text for i in index[key]
                                                                     for n in self.persons[i].names):
                continue
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in MODIFIER_HEADS:
                continue
            self._mark(self._nearest(index[key], tok.i), (tok.i, end), doc[tok.i:end].text)

    @staticmethod
    def _names_a_place(span: SpacySpan) -> bool:
        """A name set beside a place noun: "the islands of X and Y", "three islands, namely X"."""
        first = span.root
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        head = first.head
        if first.dep_ == "pobj" and head.lower_ == "of":
            head = head.head
        elif first.dep_ != "appos":
            return False
        return head.pos_ == "NOUN" and head.lemma_.lower() in PLACE_NOUNS

    def _not_a_person(self, text: str) -> bool:
        g = self.res.gazetteer
        t = _strip_possessive(text).strip(". ")
        if t.split()[0].lower().strip(".") in PLACE_WORDS:
            return True   # "St Vincent", "Port Moresby", "Mount Hermon"
        if len(t.split()) >= 2 and t.split()[-1].lower().strip(".,") in FIRM_WORDS:
            return True   # "Astellas Pharma", "Hanwha Aerospace", "Acme Corp."
        if len(t.split()) >= 2 and sum(w.lower() in COMMON_CAPS - SURNAME_CAPS or g.country_of_demonym(w) is not None
                                       for w in t.split()) >= len(t.split()) - 1:
            return True   # "Disaster Relief", "European Political Community": words of an organization's name
        if norm_name(t) in self.res.media or norm_name(t) in self.res.metonyms or (t.isupper() and len(t) > 5):
            return True   # outlets, platforms, all-caps bylines
        if re.search(r"[A-Za-z]-[A-Z]", t) and len(name_parts(t)) <= 2 and not self.res.kb.by_name(t):
            return True   # "Indo-Pacific", "Air-Boeing"; Korean given names are "Jae-myung"
        return (g.country_of(t) is not None or g.country_of_demonym(t) is not None
                or g.organization(t) is not None or g.place_country(t) is not None
                or self.res.titles.head(t) is not None and len(name_parts(t)) <= 2 and t.lower() == t)

    def _add_full(self, text: str, span: tuple[int, int]) -> None:
        idx = next((i for i, p in enumerate(self.persons) if any(same_person(text, n) for n in p.names)), None)
        if idx is None:
            self.persons.append(_Person(names=[text]))
            idx = len(self.persons) - 1
        elif text not in self.persons[idx].names:
            self.persons[idx].names.append(text)
        self._mark(idx, span, text)

    def _mark(self, idx: int, span: tuple[int, int], surface: str) -> None:
        p = self.persons[idx]
        if any(t in self.person_tokens for t in range(*span)):
            return
        p.spans.append(span)
        p.aliases.add(_strip_possessive(surface))
        for t in range(*span):
            self.person_tokens[t] = idx

    def _find_kb_names(self) -> None:
        """Full names and aliases of office-holders the model did not tag as persons
        ("To Lam"; "MBS" for a Mohammed bin Salman already named)."""
        text = self.doc.text
        for canonical, start, end in self.res.kb.find_names(text):
            if _in_skip(start, end, self.skip):
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or any(t.i in self.person_tokens for t in span):
                continue
            known = next((i for i, p in enumerate(self.persons)
                          if any(same_person(canonical, n) or same_person(span.text, n) for n in p.names)), None)
            if known is not None:
                self._mark(known, (span.start, span.end), span.text)
            else:
                self._add_full(span.text, (span.start, span.end))

    def _short_form_index(self) -> dict[str, list[int]]:
        index: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(self.persons):
            forms = set()
            for n in p.names:
                if len(name_parts(n)) == 1:
                    forms.add(norm_name(n))
                fam = family_name(n)
                ini = initials(n)
                if ini:
                    forms.add(norm_name(ini))
                if fam:
                    forms.add(norm_name(fam))
                    parts = name_parts(n)
                    if len(parts) >= 3:
                        forms.add(parts[0] + " " + parts[-1])
                    if len(parts) >= 3 and parts[1] in PATRONYMIC_PARTICLES:
                        forms.add(parts[0])   # the given name a patronymic name is shortened to
            for f in forms:
                if f.strip() and i not in index[f]:
                    index[f].append(i)
        return index

    def _nearest(self, cands: list[int], tok_i: int) -> int:
        """Among persons sharing a short form, the one mentioned most recently before tok_i."""
        best, best_pos = cands[0], -1
        for c in cands:
            before = [s for s, _ in self.persons[c].spans if s < tok_i]
            if before and max(before) > best_pos:
                best, best_pos = c, max(before)
        return best

    # ---------------------------------------------------------------- titles
    def collect_titles(self) -> None:
        for i, p in enumerate(self.persons):
            for s, e in sorted(p.spans):
                for title, country, tspan in (self._title_before(s), self._title_after(e)):
                    if title and title not in p.titles:
                        p.titles.append(title)
                    if title and tspan:
                        p.titles.extend(v for v in self._title_variants(title, self.doc[tspan[0]:tspan[1]].text)
                                        if v not in p.titles)
                    if country:
                        self.marked[country] += 1
                    if country and not p.country:
                        p.country = country
                    if tspan:
                        for t in range(*tspan):
                            self.title_tokens.setdefault(t, i)
                of = self._country_after(e)
                if of and not p.country:
                    p.country = of
            self._resolve_kb(p)
            if p.titles and not p.sector:
                head = self.res.titles.head(" ".join(p.titles))
                p.sector = head.sector if head else None

    def _country_after(self, end: int) -> str | None:
        """"Bankole Adeoye of Nigeria": the state named right after the name."""
        doc, g = self.doc, self.res.gazetteer
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return None
        first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        for k in (3, 2, 1):
            if first + k > len(doc) or (first + k < len(doc) and doc[first + k].text[:1].isupper()
                                        and doc[first + k].is_alpha):
                continue
            iso = g.country_of(doc[first:first + k].text)
            if iso:
                return iso
        return None

    def collect_title_references(self) -> None:
        """Title-only references: "the foreign minister", "the North Korean leader", "the envoy"
        name the one person of the article who holds that title (and state, when given)."""
        doc, g, titles = self.doc, self.res.gazetteer, self.res.titles
        holders: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(self.persons):
            for t in p.titles:
                entry = titles.head(t)
                if entry is not None and i not in holders[entry.phrase]:
                    holders[entry.phrase].append(i)
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.i in self.person_tokens or tok.i in self.title_tokens:
                continue
            if _in_skip(tok.idx, tok.idx + len(tok.text), self.skip):
                continue
            left = [c for c in tok.children if c.i < tok.i]
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in left):
                continue
            mods = [c for c in left if c.dep_ in ("amod", "compound")]
            start = min((c.left_edge.i for c in mods), default=tok.i)   # "North" of "North Korean"
            words = doc[start:tok.i + 1].text
            entry = titles.head(words)
            if entry is None or entry.phrase.split()[-1] != tok.lower_:
                continue
            country = None
            for m in g.match_spans(words):
                country = m[2]
            cands = [i for i in holders.get(entry.phrase, []) if country is None or self.persons[i].country == country]
            if len(cands) != 1 or any(t in self.person_tokens for t in range(start, tok.i + 1)):
                continue
            self._mark(cands[0], (start, tok.i + 1), "")
            self.persons[cands[0]].aliases.discard("")

    def _title_before(self, start: int) -> tuple[str | None, str | None, tuple[int, int] | None]:
        """A title written before the name: "U.S. Secretary of State", "South Korea's Foreign Minister"."""
        doc, titles = self.doc, self.res.titles
        sent_start = 0   # the parser sometimes ends a sentence after "U.S."; newlines stop the walk
        i = start - 1
        while i >= sent_start:
            tok = doc[i]
            if i in self.person_tokens or "\n" in tok.text or "\n" in tok.whitespace_:
                break
            if tok.tag_ == "POS" or tok.text in ("-", "\u2013"):
                i -= 1
                continue
            if tok.lower_ == "the" and i - 1 >= sent_start and doc[i - 1].lower_ in ("of", "for") and i + 1 < start \
                    and doc[i + 1].text[:1].isupper():
                i -= 1   # "Chairman of the National Assembly"
                continue
            if tok.lower_ in ("acting", "interim", "outgoing", "incoming") and i + 1 < start:
                i -= 1   # "Canada's acting high commissioner" (the parser calls "acting" a verb)
                continue
            if tok.is_punct or tok.pos_ in ("VERB", "AUX", "DET", "PRON", "NUM", "SCONJ", "CCONJ") and tok.lower_ != "and":
                break
            if tok.text[:1].isupper() or titles.is_title_word(tok.text) or tok.lower_ in ORG_HEADS:
                i -= 1
                continue
            if tok.lower_ in ("to", "in", "at") and i - 1 >= sent_start and titles.is_title_word(doc[i - 1].text) \
                    and i + 1 < start and doc[i + 1].text[:1].isupper():
                i -= 1   # "ambassador to China", "consul general in Osaka"
                continue
            if tok.lower_ in ("of", "for", "and") and i - 1 >= sent_start and \
                    (doc[i - 1].text[:1].isupper() or titles.is_title_word(doc[i - 1].text)) and i - 1 not in self.person_tokens:
                i -= 1
                continue
            break
        first = i + 1
        if first == start and start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ in ("NOUN", "PROPN") \
                and start - 2 not in self.person_tokens and any(
                    self.res.titles.is_title_word(t.text) for t in doc[max(0, start - 8):start - 1]):
            # a title set off before the name: "the Chinese consul general in Osaka, Xue Jian"
            return self._title_before(start - 1)
        while first < start and doc[first].lower_ in ("of", "for", "and") or first < start and doc[first].tag_ == "POS":
            first += 1
        span = (first, start)
        if span[0] >= span[1]:
            return None, None, None
        phrase = doc[span[0]:span[1]].text
        return self._split_title(phrase, span)

    def _title_after(self, end: int) -> tuple[str | None, str | None, tuple[int, int] | None]:
        doc = self.doc
        if end >= len(doc) or doc[end].text != ",":
            return None, None, None
        j = end + 1
        sent_end = doc[end].sent.end
        while j < sent_end and doc[j].text not in (",", ".", ";", "(", ")", "\u2014", "--") and j not in self.person_tokens \
                and doc[j].ent_type_ not in ("DATE", "TIME") and doc[j].pos_ not in ("VERB", "AUX"):
            j += 1
        if j == end + 1:
            return None, None, None
        if j in self.person_tokens and doc[j - 1].text[:1].isupper():
            return None, None, None   # "with Trong, President To Lam": the title of the next name
        if j < sent_end and doc[j].pos_ in ("VERB", "AUX") and doc[j].lemma_.lower() in REPORTING_VERBS:
            return None, None, None   # "..., a ministry official said": the speaker, not an apposition
        phrase = doc[end + 1:j].text
        phrase = re.split(r"\s+(?:and a|and the|and an|who|which|with|to)(?:\s+|$)", phrase)[0]
        phrase = re.sub(r"^(?:a|an|the)\s+", "", phrase, flags=re.I)
        if not phrase or self.res.titles.head(phrase) is None:
            return None, None, None
        return self._split_title(phrase, (end + 1, j))

    def _split_title(self, phrase: str, span: tuple[int, int]) -> tuple[str | None, str | None, tuple[int, int] | None]:
        """Split "U.S. Secretary of State" into title "Secretary of State" and country USA."""
        g = self.res.gazetteer
        country: str | None = None
        words = phrase.split()
        # leading country/demonym words, possibly possessive ("South Korea's")
        for k in range(min(4, len(words)), 0, -1):
            head = " ".join(words[:k])
            bare = _strip_possessive(head)
            iso = g.country_of(bare) or g.country_of_demonym(bare) or self.res.metonyms.get(norm_name(bare))
            if iso is None and bare != head:
                iso = g.country_of_capital(bare)
                holder = self._by_surname(bare) if iso is None and k == 1 else None
                if holder is not None and len(holder.country) == 3:
                    iso = holder.country   # "Putin's spokesman"
            if iso:
                country = iso
                words = words[k:]
                break
        title = " ".join(words).strip(" ,")
        if not title and country and phrase.endswith(_POSSESSIVE[:2]) and len(phrase.split()) <= 3:
            return None, country, None   # "Burundi's Willy Nyamitwe": the state alone
        if not title or self.res.titles.head(title) is None:
            return None, None, None
        if country is None:
            # "leader of Seoul's arch rival North Korea": a possessive state only qualifies another
            # nor does a posting's host: "ambassador to Japan", "consul general in Osaka"
            found = [(m[2], title[m[1]:m[1] + 2] in _POSSESSIVE[:2] or title[m[1]:m[1] + 1] in ("'", "\u2019"))
                     for m in g.match_spans(title) if not _HOST_BEFORE.search(title[:m[0]])]
            country = next((iso for iso, poss in found if not poss), found[0][0] if found else None)
        return title, country, span

    def _title_variants(self, title: str, phrase: str) -> list[str]:
        """Other forms of a title worth keeping: as written with its state ("South Korean
        President"), and the bare office of a long description ("leader" of "leader of ...")."""
        out = []
        full = re.sub(r"^(?:the|a|an|his|her|its|their)\s+", "", phrase.strip(" ,"), flags=re.I)
        if full != title and len(full.split()) <= 6 and self.res.titles.head(full) is not None:
            out.append(full)
        head = self.res.titles.head(title)
        if head is not None and len(title.split()) > len(head.phrase.split()) + 1:
            at = title.lower().find(head.phrase)
            if at >= 0:
                out.append(title[at:at + len(head.phrase)])
        return [v for v in out if v != title]

    def _resolve_kb(self, p: _Person) -> None:
        """Fill country and knowledge-base identity from the office-holder knowledge base.

        A full name is looked up with its title and the article date; failing that, any tenure
        of that person gives the country (a person's state does not change with the office).
        A surname alone matches when exactly one office-holder of that name served around the
        article's date.
        """
        kb = self.res.kb
        title = p.titles[0] if p.titles else None
        if len(name_parts(p.name)) >= 2:
            hit = kb.resolve(p.name, title=title, country=p.country, on=self.on) or \
                kb.resolve(p.name, country=p.country) or kb.resolve(p.name)
        else:
            hit = self._by_surname(p.name)
        if hit is None:
            return
        p.kb_id = f"{norm_name(hit.person).replace(' ', '-')}:{hit.country}"   # the person, not one tenure
        if not p.country and hit.country and len(hit.country) == 3:
            p.country = hit.country

    def _by_surname(self, name: str) -> OfficeHolder | None:
        cands = self.res.surnames.get(norm_name(name), ())
        if self.on is not None:
            near = [h for h in cands if h.active_on(self.on, dt.timedelta(days=400))]
            cands = tuple(near)
        people = {norm_name(h.person) for h in cands}
        if len(people) != 1:
            return None
        return max(cands, key=lambda h: h.start)

    # ---------------------------------------------------------------- countries, places, orgs
    def collect_countries(self) -> None:
        doc, g = self.doc, self.res.gazetteer
        present = {m[2] for m in g.match_spans(doc.text)}
        for start, end, iso3, how in g.match_spans(doc.text, places=True, context=present):
            if _in_skip(start, end, self.skip):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or any(t.i in self.person_tokens for t in span):
                continue
            if how == "org" or self.dateline[0] <= span.start < self.dateline[1]:
                continue
            if how == "contextual":
                how = "name"
            if how == "capital" or how == "place":
                if self._is_locative(span):
                    for t in span:
                        self.places[t.i] = (span.text, iso3)
                    continue
                if how == "place":
                    continue
            if how == "demonym":
                if not self._demonym_is_state(span):
                    continue
                # the noun phrase "Japanese officials" refers to the state
                end_i = span.end
                self.countries[iso3].append((span.start, end_i))
                self.country_surfaces[iso3].add(doc[span.start:end_i].text)
                continue
            if self._is_locative(span):
                for t in span:
                    self.places.setdefault(t.i, (span.text, iso3))
                root = span.root
                if root.dep_ == "pobj" and root.head.lower_ in PLACE_ONLY_PREPS:
                    self.place_countries.update(t.i for t in span)
                    continue   # "the G7 meeting in Canada": where, not who
            self.countries[iso3].append((span.start, span.end))
            self.country_surfaces[iso3].add(_strip_possessive(span.text))

    def _is_locative(self, span: SpacySpan) -> bool:
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
            return True
        if root.dep_ in ("dobj", "npadvmod") and root.head.lemma_.lower() in ("visit", "tour", "reach", "leave", "enter"):
            return True
        return root.dep_ == "compound" and root.head.dep_ == "pobj" and root.head.head.lower_ in LOCATIVE_PREPS and root.head.ent_type_ in ("GPE", "LOC", "FAC")

    def _demonym_is_state(self, span: SpacySpan) -> bool:
        first = span[-1]
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head   # "Russian and Ukrainian officials"
        head = first.head
        if any(t.i in self.title_tokens for t in span):
            return False
        if span[-1].pos_ in ("NOUN", "PROPN") and span[-1].tag_ in ("NNS", "NNPS") and \
                span[-1].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
            return True   # "Israeli troops killed three Palestinians": the people of a state
        return head.lemma_.lower() in STATE_NOUNS or head.lower_ in STATE_NOUNS

    def collect_orgs(self) -> None:
        doc, g = self.doc, self.res.gazetteer
        seen: dict[str, int] = {}
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "NORP", "GPE") or _in_skip(ent.start_char, ent.end_char, self.skip):
                continue
            if any(t.i in self.person_tokens or t.i in self.title_tokens for t in ent):
                continue
            start, end = ent.start, ent.end
            while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in _POSSESSIVE):
                end -= 1
            if end < len(doc) and doc[end - 1].lower_ in ("of", "for"):
                end += 1   # a name the model cut after its preposition: "the Group of" + "20"
            if doc[start].lower_ == "the":
                start += 1
            if start >= end:
                continue
            text = doc[start:end].text
            root = doc[start:end].root
            if root.dep_ == "pobj" and root.head.lower_ in PLACE_ONLY_PREPS and \
                    (g.organization(text) is None or g.place(text) is not None):   # "in Somaliland" is a place
                iso_place = self.res.metonyms.get(norm_name(text))
                if iso_place is not None:
                    for t in doc[start:end]:
                        self.places[t.i] = (text, iso_place)   # "met at the Casa Rosada"
                continue   # "at the White House", "in the Oval Office": where, not who
            iso_m = self.res.metonyms.get(norm_name(text))
            if iso_m is not None:
                self.countries[iso_m].append((start, end))
                self.country_surfaces[iso_m].add(text)
                continue
            entry = g.organization(text)
            country: str | None = None
            kind = "organization"
            sector: str | None = None
            name = text
            if entry is not None:
                name, kind = entry.name, ("group" if entry.kind == "group" else "organization")
                country = entry.country or None
                sector = "IGO" if entry.kind == "IGO" else ("REB" if entry.kind == "group" else None)
            else:
                if ent.label_ != "ORG":
                    continue
                words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
                if not words & ORG_HEADS:
                    continue
                # "Secretary of State" makes an ORG "State"; "Patriots and Veterans Affairs" a title part
                if start > 0 and doc[start - 1].lower_ == "of" and start > 1 and self.res.titles.is_title_word(doc[start - 2].text):
                    continue
                for m in g.match_spans(text):
                    country = m[2]
                    break
                if country is None:
                    country = self._country_before(start)
                sector = "MIL" if words & {"army", "navy", "command", "forces", "force", "brigade", "corps", "chiefs"} else \
                    "LEG" if words & {"assembly", "parliament", "senate", "congress", "legislature"} else \
                    "JUD" if words & {"court"} else "GOV"
            key = norm_name(name)
            if key in seen:
                self.orgs[seen[key]][3].append((start, end))
                continue
            seen[key] = len(self.orgs)
            self.orgs.append((name, kind, country, [(start, end)], sector))
        self._gazetteer_orgs(seen)
        self._metonym_places()

    def _metonym_places(self) -> None:
        """Seats of government used as places whatever label the model gave them ("met at the
        Casa Rosada", "talks at the Great Hall of the People")."""
        doc = self.doc
        lowered = doc.text.lower()
        for surface, iso in self.res.metonyms.items():
            if len(surface) < 6:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", lowered):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None or span.start in self.places:
                    continue
                root = span.root
                if root.dep_ == "pobj" and root.head.lower_ in PLACE_ONLY_PREPS:
                    for t in span:
                        self.places[t.i] = (doc.text[m.start():m.end()], iso)

    def _gazetteer_orgs(self, seen: dict[str, int]) -> None:
        """Organizations the model did not tag ("ECOWAS", "the Group of 20"), longest name first."""
        doc, g = self.doc, self.res.gazetteer
        taken = set(self.person_tokens) | set(self.title_tokens)
        for _name, _kind, _country, spans, _sector in self.orgs:
            for s, e in spans:
                taken.update(range(s, e))
        first_words = g.org_first_words
        i = 0
        while i < len(doc):
            if not doc[i].text[:1].isupper() or i in taken or _in_skip(doc[i].idx, doc[i].idx + 1, self.skip) \
                    or doc[i].lower_.replace(".", "") not in first_words:
                i += 1
                continue
            for n in range(min(7, len(doc) - i), 0, -1):
                span = doc[i:i + n]
                if any(t.i in taken for t in span) or span[-1].is_punct:
                    continue
                entry = g.organization(span.text)
                if entry is None:
                    continue
                if span.root.dep_ == "pobj" and span.root.head.lower_ in PLACE_ONLY_PREPS and g.place(span.text):
                    break   # "fighting in Transnistria": a place, not the authorities there
                key = norm_name(entry.name)
                kind = "group" if entry.kind == "group" else "organization"
                sector = "IGO" if entry.kind == "IGO" else ("REB" if entry.kind == "group" else None)
                if key in seen:
                    self.orgs[seen[key]][3].append((span.start, span.end))
                else:
                    seen[key] = len(self.orgs)
                    self.orgs.append((entry.name, kind, entry.country or None, [(span.start, span.end)], sector))
                taken.update(range(span.start, span.end))
                i += n - 1
                break
            i += 1

    def _country_before(self, start: int) -> str | None:
        """Country from the words just before an organization ("South Korean", "Seoul's")."""
        doc, g = self.doc, self.res.gazetteer
        for k in (3, 2, 1):
            if start - k < 0:
                continue
            words = doc[start - k:start].text
            bare = _strip_possessive(words)
            iso = g.country_of(bare) or g.country_of_demonym(bare)
            if iso is None and bare != words:
                iso = g.country_of_capital(bare)
            if iso:
                return iso
        return None

    def _ministry_countries(self) -> None:
        """"Deputy Foreign Minister X" in an article whose only foreign ministry is Vietnam's
        ("the Vietnamese foreign ministry said") serves Vietnam."""
        doc = self.doc
        ministries: dict[str, set[str]] = defaultdict(set)
        for iso, spans in self.countries.items():
            for _s, e in spans:
                head = doc[e - 1].head if e - 1 < len(doc) else None
                if head is not None and head.lemma_.lower() == "ministry":
                    kind = next((c.lower_ for c in head.children if c.lower_ in MINISTRY_WORDS), "")
                    ministries[kind].add(iso)
        for name, _kind, country, _spans, _sector in self.orgs:
            if country and "ministry" in name.lower():
                kind = next((w for w in name.lower().split() if w in MINISTRY_WORDS), "")
                ministries[kind].add(country)
        for p in self.persons:
            if p.country is not None or not p.titles:
                continue
            words = set(" ".join(p.titles).lower().split())
            for kind, isos in ministries.items():
                if kind and kind in words and len(isos) == 1:
                    p.country = next(iter(isos))

    def _list_countries(self) -> None:
        """Officials named in one list ("with Trong, President X, Prime Minister Y and Chairman Z")
        serve the same state when the list's other members all serve one state."""
        doc = self.doc
        mentions = sorted((s, e, i) for i, p in enumerate(self.persons) for s, e in p.spans)
        groups: list[list[int]] = []
        prev_end = -1
        for s, e, i in mentions:
            gap = doc[prev_end:s] if prev_end >= 0 else None
            if gap is not None and len(gap) <= 12 and all(t.text == "," or t.lower_ == "and" or t.i in self.title_tokens
                                                          for t in gap) and any(t.text == "," or t.lower_ == "and" for t in gap):
                groups[-1].append(i)
            else:
                groups.append([i])
            prev_end = e
        for group in groups:
            known = {self.persons[i].country for i in group if self.persons[i].country}
            if len(set(group)) < 3 or len(known) != 1:
                continue
            for i in group:
                if self.persons[i].country is None and self.persons[i].titles:
                    self.persons[i].country = next(iter(known))

    def _after_tag(self, st: int) -> int:
        """The first token after a wire tag that opens a line ("(Agency) BAKU, ..."), else ``st``."""
        doc = self.doc
        if st < len(doc) and doc[st].text == "(":
            close = next((t.i for t in doc[st + 1:st + 12] if t.text == ")"), None)
            if close is not None:
                return close + 1
        return st

    def _dateline_head(self, head: str) -> str | None:
        """The state of a dateline's place: "SEOUL", "BAKU, Azerbaijan"."""
        g = self.res.gazetteer
        if not head or len(head.split()) > 4:
            return None
        city, _, state = head.partition(",")
        if state.strip():
            iso = g.country_of(state.strip())
            placed = g.place_country(city.strip().title()) or g.country_of_capital(city.strip().title())
            return iso if iso and placed in (None, iso) else None
        if len(head.split()) > 3:
            return None
        return g.country_of_capital(head.title()) or g.place_country(head.title()) or g.place_country(head)

    def _dateline_span(self) -> tuple[int, int]:
        """Tokens of a dateline at the start of the body or of a line ("SEOUL (Wire) --"),
        after a wire tag if one opens the line ("(Agency) BAKU, Azerbaijan, December 23.")."""
        doc = self.doc
        starts = [0] + [t.i + 1 for t in doc if "\n" in t.text or "\n" in t.whitespace_]
        for st in (self._after_tag(s) for s in starts[:3]):
            for tok in doc[st:st + 8]:
                if tok.text in (":", "(", "\u2013", "\u2014", "--") or (tok.text == "," and tok.i + 1 < len(doc)
                                                                          and doc[tok.i + 1].ent_type_ == "DATE"):
                    if self._dateline_head(doc[st:tok.i].text.strip()):
                        end = tok.i
                        while end < len(doc) and end < tok.i + 8 and doc[end].text not in ("--", "\u2014", "\u2013", ":", "-", "."):
                            end += 1
                        return st, min(end + 1, len(doc))
                    break
        return (0, 0)

    def _dateline_country(self) -> str | None:
        """The state of a dateline city ("SEOUL, March 3 (Yonhap) --", "Moscow:", "BEIJING (Reuters) -",
        "(Agency) BAKU, Azerbaijan, December 23.")."""
        doc = self.doc
        st = self._after_tag(0)
        for tok in doc[st:st + 8]:
            if tok.text in (":", ",", "(", "\u2013", "\u2014", "-", "--"):
                head = doc[st:tok.i].text.strip()
                if tok.text == "," and tok.i + 2 < len(doc) and doc[tok.i + 2].text == "," and \
                        self.res.gazetteer.country_of(doc[tok.i + 1].text):
                    head = doc[st:tok.i + 2].text.strip()   # "BAKU, Azerbaijan, ..."
                return self._dateline_head(head)
        return None

    def default_countries(self) -> None:
        """Officials named with a title but no country serve the article's home state.

        News marks foreign officials ("US envoy X") and leaves local ones unmarked ("Vice
        Minister X"); the home state is the one whose places the article is set in. A dateline
        gives it unless the body never names that state and speaks mostly of another one whose
        officials go unmarked: a regional bureau ("NAIROBI") reporting on a neighbour's coup.
        """
        self._ministry_countries()
        self._list_countries()
        home = self._dateline_country()
        counts: dict[str, int] = defaultdict(int)
        for iso, spans in self.countries.items():
            counts[iso] += len(spans)
        for _name, _kind, country, spans, _sector in self.orgs:
            if country:
                counts[country] += len(spans)
        if home is not None:
            # the states the body speaks of, as actors or places, outside officials' titles
            named: dict[str, int] = defaultdict(int)
            for iso, spans in self.countries.items():
                named[iso] += sum(1 for s, _ in spans if s not in self.title_tokens)
            in_spans = {t for spans in self.countries.values() for s, e in spans for t in range(s, e)}
            for i, (_text, iso) in self.places.items():
                if i not in in_spans and i not in self.title_tokens and self.places.get(i - 1, ("", ""))[1] != iso:
                    named[iso] += 1
            if not named[home] and any(named.values()):
                top = min(named, key=lambda k: (-named[k], k))
                if named[top] >= 2 and not self.marked[top]:
                    home = top
        if home is None:
            if not counts:
                return
            ranked = sorted(counts, key=lambda k: (-counts[k], k))[:2]
            # of the two main states, the home one is the one whose officials go unmarked;
            # with no such contrast, leave the country unknown rather than guess
            home = min(ranked, key=lambda k: (self.marked[k], -counts[k], k))
            if len(ranked) < 2 or not self.marked[max(ranked, key=lambda k: self.marked[k])] or \
                    self.marked[ranked[0]] == self.marked[ranked[1]]:
                return
        for p in self.persons:
            if p.country is None and p.titles and p.sector in ("GOV", "MIL", "LEG", "JUD") and \
                    not all(_POSTED.search(t) and not _POSTED_TO.search(t) for t in p.titles):
                p.country = home

    def lead_description(self) -> None:
        """A lead that describes before it names: "A senior US diplomat arrived in South Korea
        ... Michael Needham, a counsellor at the US Department of State, ..." - the described
        official is the first person of that state named in the next sentences."""
        doc, g = self.doc, self.res.gazetteer
        sents = [s for s in doc.sents if s.text.strip() and not _in_skip(s.start_char, s.end_char, self.skip)]
        if len(sents) < 2:
            return
        lead = sents[0]
        for tok in lead:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lemma_.lower() not in DESCRIBED or tok.i in self.person_tokens:
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                continue
            left = [c for c in tok.subtree if c.i < tok.i]
            country = next((m[2] for m in g.match_spans(doc[left[0].i:tok.i].text)), None) if left else None
            if country is None:
                continue
            later = sorted((s, i) for i, p in enumerate(self.persons) for s, _ in p.spans
                           if sents[1].start <= s < sents[min(3, len(sents) - 1)].end and p.country == country)
            if not later:
                continue
            target = later[0][1]
            if any(lead.start <= s < lead.end for s, _ in self.persons[target].spans):
                continue
            self._mark(target, (tok.i, tok.i + 1), "")
            self.persons[target].aliases.discard("")
            return

    # ---------------------------------------------------------------- output
    def build(self) -> ActorTable:
        doc = self.doc
        table = ActorTable(places=dict(self.places), place_countries=set(self.place_countries),
                           home=self._dateline_country())
        n = 0

        def new_id() -> str:
            nonlocal n
            n += 1
            return f"a{n}"

        for i, p in enumerate(self.persons):
            if not p.spans:
                continue
            aid = new_id()
            name = p.name
            aliases = sorted({a for a in p.aliases | set(p.names) if norm_name(a) != norm_name(name)})
            mentions = [(doc[s].idx, doc[e - 1].idx + len(_strip_possessive(doc[e - 1].text))) for s, e in sorted(p.spans)]
            table.actors.append(Actor(id=aid, name=name, kind="person", country=p.country, sector=p.sector,
                                      titles=list(p.titles), aliases=aliases, mentions=mentions, kb_id=p.kb_id))
            for s, e in p.spans:
                for t in range(s, e):
                    table.by_token[t] = aid
            for t, pi in self.title_tokens.items():
                if pi == i:
                    table.titles_at[t] = aid
        for iso3, spans in sorted(self.countries.items(), key=lambda kv: min(kv[1])):
            aid = new_id()
            name = self.res.gazetteer.name_of(iso3)
            mentions = sorted({(doc[s].idx, doc[e - 1].idx + len(_strip_possessive(doc[e - 1].text))) for s, e in spans})
            table.actors.append(Actor(id=aid, name=name, kind="country", country=iso3, sector=None, titles=[],
                                      aliases=sorted(self.country_surfaces[iso3] - {name}), mentions=mentions))
            for s, e in spans:
                for t in range(s, e):
                    table.by_token.setdefault(t, aid)
        for name, kind, country, spans, sector in self.orgs:
            aid = new_id()
            mentions = sorted({(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)) for s, e in spans})
            # the short forms the article uses ("M23" for the March 23 Movement, "G20")
            surfaces = sorted({doc[s:e].text for s, e in spans} - {name})
            table.actors.append(Actor(id=aid, name=name, kind=kind, country=country, sector=sector,  # type: ignore[arg-type]
                                      titles=[], aliases=surfaces, mentions=mentions))
            for s, e in spans:
                for t in range(s, e):
                    table.by_token[t] = aid
        return table


def resolve_actors(doc: Doc, resources: Resources, *, skip: tuple[Span, ...] = (),
                   on: dt.date | None = None) -> ActorTable:
    """Find the article's actors and map its tokens to them.

    ``skip`` are character spans of site furniture; ``on`` is the article's reference date
    (used to check titles against the office-holder knowledge base).
    """
    b = _Builder(doc, resources, skip, on)
    b.collect_persons()
    b.collect_titles()
    b.collect_title_references()
    b.collect_countries()
    b.collect_orgs()
    b.default_countries()
    b.lead_description()
    return b.build()

"""PLOVER events from the dependency parse: trigger, participants, status, date, place.

For each sentence outside site furniture, every verb or noun in the trigger lexicon is a
candidate. Participants come from syntax (subject, object, obliques, possessors, "between",
passive agents, coordination), never from proximity; pronouns and "the two sides" are
resolved against earlier subjects and events. A candidate becomes an event only when its
participants are found and it can be traced to its sentence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from communique.actors.names import norm_name
from communique.actors.resolve import PERSON_PRONOUNS, ActorTable, Resources
from communique.events.lexicon import Lexicon, Trigger, load_evaluations
from communique.events.merge import ARRIVALS
from communique.events.status import (
    DENIED_GOVERNORS,
    PLANNED_ADJ,
    PLANNED_GOVERNORS,
    POSSIBLE_GOVERNORS,
    REPORTING,
    clause_status,
    forms,
    kept_open,
    noun_status,
)
from communique.records import Actor, Event, Span, Status, Timex, When, WhenBasis, Where

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Sentence

LIGHT_VERBS = frozenset("""
hold have pay make conduct open launch impose reach sign air voice lodge issue level express
seal strike begin start resume attend join host stage carry announce plan schedule arrange
file place slap unveil extend deliver provide send give offer finalize finalise conclude
include involve feature order consider propose cancel postpone delay scrap skip undertake weigh
mull eye make pay step
""".split())
# nouns that state an act only as the object of a verb of saying ("voiced concern about")
STANCE_NOUNS = frozenset("concern frustration displeasure dissatisfaction disappointment anger outrage indignation".split())
STANCE_VERBS = frozenset("express voice raise convey reiterate share register".split())
ATTEND_VERBS = frozenset("attend join participate take host address convene chair skip boycott hold open".split())
TOPIC_VERBS = frozenset("""
discuss negotiate address consider review debate study examine explore mention raise cover weigh
focus propose suggest underscore emphasize emphasise stress highlight assess evaluate plan
""".split())
FAILING = frozenset("fail stall collapse falter founder unravel lapse expire".split())
# "a tour that includes stops in A and B"; the nouns of a journey; verbs that start one
TOUR_VERBS = frozenset("include take cover span".split())
TRIP_NOUNS = frozenset("trip tour journey visit swing".split())
DEPARTURE_VERBS = frozenset("depart leave embark set head fly".split())
SETTLING = frozenset("after following at during".split())   # an agreement reached at talks
SITUATIONAL_PREPS = frozenset("during at after ahead before following for in on since amid throughout upon".split())
WEAPONS = frozenset("""
missile missiles rocket rockets projectile projectiles satellite satellites drone drones shell shells
torpedo torpedoes salvo icbm icbms warhead artillery bomb bombs cruise ballistic weapon weapons cannon
cannons shells mortar mortars
""".split())
DELEGATES = frozenset("delegation envoy emissary negotiator".split())   # sent, they visit
FORCES = frozenset("""
troop troops soldier soldiers force forces warship warships jet jets aircraft fighter fighters bomber
bombers personnel unit units battalion battalions brigade brigades division divisions army navy
marines vessel vessels ship ships submarine submarines carrier destroyer frigate frigates drone drones
police officer officers peacekeeper peacekeepers tank tanks missile missiles battery batteries
""".split())
LABELLING = frozenset("call describe label brand term denounce condemn slam criticize criticise".split())
RELIEF = frozenset("""
aid relief supply supplies rescue rescuer rescuers doctor doctors nurse nurses medic medics medicine medicines
vaccine vaccines food tent tents humanitarian
""".split())
MONEY = frozenset("million billion dollars dollar euros euro yuan yen aid assistance grant grants loan loans funding".split())
CROWDS = frozenset("""
people protester protesters demonstrator demonstrators thousand thousands hundred hundreds crowd crowds
student students activist activists supporter supporters resident residents citizen citizens mob
""".split())
SUPPORT_VERBS = frozenset("reaffirm express voice pledge offer extend declare give convey reiterate show".split())
STATE_NOUNS = frozenset("country nation".split())
PEOPLE_NOUNS = frozenset("leader diplomat minister man woman counterpart negotiator".split())
TAKE_PLACE = frozenset("take hold begin start end resume open conclude continue happen occur".split())
HOME_BODIES = frozenset("government army military police authorities cabinet parliament ministry presidency junta".split())
ENVOYS = frozenset("diplomat diplomats ambassador envoy attache attaché consul staff official officials".split())
MEASURES = frozenset("sanction sanctions restriction restrictions tariff tariffs curb curbs ban bans embargo control controls measure measures blockade siege duty duties".split())
OBJECT_CONTROL = frozenset("prompt force lead cause push persuade compel convince encourage allow enable invite ask urge tell order request press".split())
MUTUAL_TYPES = frozenset(("CONSULT", "AGREE", "COOPERATE", "RETREAT", "ASSAULT"))
RELATIONAL = frozenset("counterpart host guest partner successor predecessor rival opponent".split())
GATHERINGS = frozenset("minister leader official counterpart delegation representative envoy diplomat head".split())
GROUP_NOUNS = frozenset("side ally leader diplomat country nation government minister party counterpart man woman pair neighbour neighbor partner delegation negotiator".split())
SPONSORING = frozenset("sponsor broker mediate host facilitate".split())   # "US-sponsored talks"
MULTILATERAL_NOUNS = frozenset("summit conference forum assembly gathering".split())
# "the international community", "other countries", "its European partners": many states unnamed
COLLECTIVE_NOUNS = frozenset("country nation power government partner ally community state donor democracy".split())
COLLECTIVE_MODIFIERS = frozenset("western european foreign other international allied neighbouring neighboring".split())
# words that make a meeting of three or more parties one joint meeting
JOINT_MEETING = frozenset("trilateral three-way tripartite quadrilateral four-way together jointly".split())
TIES = frozenset(("tie", "relation", "relationship", "contact", "link"))
# verbs that set up or mend relations: an agreement only when relations are what they act on
TIE_VERBS = frozenset("restore establish normalize normalise upgrade".split())
BONDS = frozenset("tie relation relationship partnership".split())
SIGNING = frozenset(("sign", "ratify", "conclude", "initial", "ink"))
NESTED_CLAUSE = frozenset(("ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"))
CLOSABLE = frozenset("border crossing frontier airspace checkpoint".split())
PROMISES = frozenset("vow pledge promise threaten swear prepare ready".split())
RELATIVES = frozenset(("which", "that", "who"))
CONTINUING = frozenset("continue strengthen deepen expand enhance boost step maintain".split())
AFFIRMING = frozenset("agree affirm reaffirm pledge vow promise emphasize emphasise stress underline".split())
COUNTERMEASURES = frozenset("measure measures action actions step steps countermeasure countermeasures".split())
# "drew condemnation from", "sparked criticism from": the noun's source is its actor
DRAWING_VERBS = frozenset("draw attract spark prompt provoke trigger earn win receive elicit invite".split())
STATEMENT_NOUNS = frozenset("claim accusation allegation charge remark statement criticism assertion".split())
SPEECH_NOUNS = frozenset("""
claim accusation allegation report remark statement demand proposal offer request criticism charge
suggestion call invitation warning threat plan move decision ban measure
""".split())
WEAK_TRIGGERS = frozenset("seek request deny confirm press push ask".split())
IMPLICIT_TARGET = frozenset(("THREATEN", "REQUEST", "ACCUSE", "REJECT", "SANCTION", "SUPPORT"))
CONVENING = frozenset("sponsor broker host organize organise convene mediate lead back propose".split())
SPOKESPERSON = re.compile(r"spokes(?:man|woman|person)", re.I)
STANCE_TYPES = frozenset(("REQUEST", "ACCUSE", "REJECT"))   # ("the North Korean threat" is a danger, not an act)
SPEECH_TYPES = frozenset(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "SANCTION", "AGREE"))
DIRECTED = frozenset(("REQUEST", "ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "SUPPORT",
                      "AID", "REJECT", "CONCEDE", "RETREAT", "COOPERATE"))
# deeds: what halting ends (a hostile act: a retreat), what freezing or pausing stops (money,
# trade: a sanction), what sharing pools (intelligence: cooperation), what dropping concedes
HOSTILE_ACTS = frozenset("""
broadcast broadcasts campaign offensive attack attacks strike strikes airstrike airstrikes shelling
bombing fire operation operations hostilities fighting propaganda raid raids incursion incursions
advance
""".split())
FUNDS = frozenset("""
funding fund funds aid assistance asset assets transaction transactions account accounts payment
payments transfer transfers loan loans budget import imports export exports trade shipment
shipments flight flights talks negotiations cooperation
""".split())
BATCHES = frozenset("batch group contingent team wave unit detachment".split())
AGREEMENTS = frozenset("agreement membership deal pact treaty accord memorandum participation".split())
INTEL = frozenset("intelligence data datum information".split())
OBJECTIONS = frozenset("objection objections opposition veto resistance reservation reservations".split())
DEED_TYPES = frozenset(("MOBILIZE", "ASSAULT", "COERCE", "SANCTION", "AID", "RETREAT", "COOPERATE", "CONCEDE"))
Tense = Literal["past", "future", "present"]


@dataclass
class _Draft:
    trig: Trigger
    tok: Token
    governor: Token | None
    actor: list[str]
    recipient: list[str]
    status: Status
    mode: str | None
    when: When | None = None
    where: Where | None = None
    confidence: float = 0.6
    sentence: tuple[int, int] = (0, 0)
    symmetric: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def type(self) -> str:
        return self.trig.type


class _Context:
    """Per-article state for reference resolution, built once before extraction."""

    def __init__(self, doc: Doc, table: ActorTable, res: Resources) -> None:
        self.doc = doc
        self.table = table
        self.res = res
        self.pronoun: dict[int, str] = {}
        self.last_pair: list[str] = []
        self.last_people: list[str] = []   # the parties of the last event between two persons
        self.last_meeting: list[str] = []  # the parties of the last meeting, agreement or truce
        self.by_lemma: dict[str, list[str]] = {}   # "ASEAN foreign ministers" ... "the ministers"
        last_subject: str | None = None
        last_person: str | None = None
        last_body: str | None = None      # the last state or organization in subject position
        recent: list[str] = []            # persons named, in order
        in_sentence: list[str] = []       # persons named so far in this sentence
        subject_seen = False              # a person subject so far in this sentence
        for tok in doc:
            if tok.is_sent_start:
                in_sentence, subject_seen = [], False
            aid = table.by_token.get(tok.i)
            actor = table.get(aid) if aid else None
            if tok.lower_ in ("his", "her") and aid is None:
                later = self._fronted_subject(tok)
                if later is not None:
                    self.pronoun[tok.i] = later   # "Following his meeting with Mulino, Rubio said ..."
                    continue
            speaker = self._speaking_body(tok) if tok.lower_ == "it" and aid is None else None
            if speaker is not None:
                self.pronoun[tok.i] = speaker   # "a statement from the government of Nauru said it ..."
                continue
            if tok.lower_ in ("it", "its") and aid is None and last_body:
                self.pronoun[tok.i] = last_body
                continue
            if actor is not None and actor.kind != "person" and tok.dep_ in ("nsubj", "nsubjpass", "poss") \
                    or (actor is not None and actor.kind != "person" and tok.head.dep_ in ("nsubj", "nsubjpass")):
                last_body = actor.id
            if tok.lower_ in PERSON_PRONOUNS and aid is None:
                ref = self._author(tok) or last_subject or last_person
                if tok.dep_ == "poss" and in_sentence and not subject_seen:
                    ref = in_sentence[-1]   # "It will be Anwar's second state visit, after his first ..."
                if tok.dep_ in ("dobj", "pobj", "dative") and tok.lower_ in ("him", "her"):
                    # an object pronoun is not its clause's subject ("X spoke with Trump and will
                    # fly to Florida to meet him"): the last other person named
                    ref = next((p for p in reversed(recent) if p != last_subject), None)
                if ref:
                    self.pronoun[tok.i] = ref
                    aid, actor = ref, table.get(ref)
            if actor is not None and actor.kind == "person":
                last_person = actor.id
                if tok.i not in self.pronoun:
                    recent.append(actor.id)
                    in_sentence.append(actor.id)
                if tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ in ("compound", "appos") and tok.head.dep_ in ("nsubj", "nsubjpass")):
                    last_subject = actor.id
                    subject_seen = True
        self.dyad = self._main_dyad()

    def _author(self, tok: Token) -> str | None:
        """"Lai's inaugural speech, in which he called on China ...": the person whose speech it is."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
            return None
        owner = next((self.table.by_token.get(c.i) for c in verb.head.children if c.dep_ == "poss"), None)
        return owner if owner is not None and self.table.get(owner).kind == "person" else None

    def _speaking_body(self, tok: Token) -> str | None:
        """The state or organization in the subject of the reporting verb whose clause "it" opens."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING:
            return None
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
        found = [self.table.by_token[t.i] for t in subj[0].subtree if t.i in self.table.by_token] if subj else []
        bodies = [a for a in found if self.table.get(a).kind != "person"]
        return bodies[-1] if bodies and len(found) == len(bodies) else None

    def _fronted_subject(self, tok: Token) -> str | None:
        root = tok.sent.root
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i]
        first_prep = next((c for c in root.children if c.dep_ in ("prep", "advcl") and c.i < root.i
                           and c.left_edge.i <= tok.i <= c.right_edge.i), None)
        if not subj or first_prep is None:
            return None
        aid = self.table.by_token.get(subj[0].i)
        return aid if aid and self.table.get(aid).kind == "person" else None

    def _main_dyad(self) -> list[str]:
        counts: Counter[str] = Counter()
        for a in self.table.actors:
            if a.country:
                counts[a.country] += len(a.mentions)
        top = [iso for iso, _ in counts.most_common(2)]
        return [self.country_actor(iso) for iso in top]

    def country_actor(self, iso3: str) -> str:
        for a in self.table.actors:
            if a.kind == "country" and a.country == iso3:
                return a.id
        aid = f"a{len(self.table.actors) + 1}"
        self.table.actors.append(Actor(id=aid, name=self.res.gazetteer.name_of(iso3), kind="country",
                                       country=iso3, mentions=[]))
        return aid

    # ------------------------------------------------------------ references
    def refs(self, tok: Token) -> list[str]:
        """Actor ids a syntactic argument refers to, with its conjuncts and "including" lists."""
        out: list[str] = []
        # "Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff": the coordination may
        # hang under the name set in apposition to the title
        chain = _conjuncts(tok) + [x for c in tok.children if c.dep_ == "appos" for x in _conjuncts(c)[1:]]
        # "with Trong, President To Lam, Prime Minister X and ...": a list the parser set in
        # apposition to its first name; an apposition naming another person is a list item
        own = set(self.ref(tok))
        if own and all(self.table.get(a).kind == "person" for a in own):
            chain += [c for c in tok.children if c.dep_ == "appos" and c.i not in self.table.by_token
                      and (named := self.ref(c)) and not set(named) & own
                      and all(self.table.get(a).kind == "person" for a in named)]
        for t in chain:
            r = self.ref(t)
            out.extend(x for x in r if x not in out)
            # "several leaders of the G7 countries, including A, B and C"
            for c in t.subtree:
                if c.dep_ == "prep" and c.lower_ in ("including", "like", "notably") and c.head.i != tok.head.i:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            out.extend(x for x in self.refs(p) if x not in out)
        return out

    def ref(self, t: Token, depth: int = 0) -> list[str]:
        lemma = t.lemma_.lower()
        body = self._named_body(t) if t.i not in self.table.by_token else None
        if body is not None:
            return [body]   # "the UN Security Council ... The council will meet on Monday"
        if t.pos_ == "NOUN" and lemma in self.by_lemma and t.i not in self.table.by_token and t.i not in self.table.titles_at \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                and not any(c.dep_ in ("compound", "amod", "poss", "nummod", "prep", "appos", "acl", "relcl")
                            for c in t.children):
            return list(self.by_lemma[lemma])   # "ASEAN foreign ministers ... the ministers"
        found = self._ref(t, depth)
        if t.pos_ == "NOUN":
            if found:
                self.by_lemma[lemma] = found
            elif any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and lemma in self.by_lemma:
                return list(self.by_lemma[lemma])   # a definite noun repeating an earlier phrase
        return found

    def _ref(self, t: Token, depth: int = 0) -> list[str]:
        tb = self.table
        if t.i in tb.by_token:
            return [tb.by_token[t.i]]
        if t.i in tb.place_countries:
            return [self.country_actor(tb.places[t.i][1])]   # "parties in Myanmar", "invest in Vietnam"
        if t.i in self.pronoun:
            return [self.pronoun[t.i]]
        if t.i in tb.titles_at:
            return [tb.titles_at[t.i]]
        lemma = t.lemma_.lower()
        if lemma in GROUP_NOUNS and (any(c.lower_ in ("two", "both", "each") for c in t.children) or
                                     (t.tag_ == "NNS" and not any(c.dep_ == "det" and c.lower_ in ("some", "other", "several", "many")
                                                                  for c in t.children)
                                      and not any(c.dep_ in ("amod", "compound", "prep", "poss") for c in t.children))):
            if lemma in PEOPLE_NOUNS and self.last_people:
                return list(self.last_people)   # "the two leaders": the last two people who met
            if lemma in PEOPLE_NOUNS and t.tag_ == "NNS" and (people := self._people_of(self.last_pair, t.i)):
                return people   # "the two ministers" after an act of their states: the states' last named people
            if lemma in STATE_NOUNS and any(self.table.get(a).kind != "country" for a in self.last_pair):
                return list(self.dyad)   # "the two countries" after a meeting of persons: the story's states
            return list(self.last_pair or self.dyad)
        if t.lower_ == "two" and t.dep_ in ("nsubj", "nsubjpass") and not self.last_people \
                and len(self.last_pair) != 2 and (named := self._last_two_people(t)):
            return named   # "The two held a call" after a threat against several states: the two last named leaders
        if t.lower_ in ("three", "four") and t.dep_ in ("nsubj", "nsubjpass") \
                and (named := self._last_two_people(t, NUMBER_WORDS[t.lower_])):
            return named   # "before the three sat down together": the last three leaders named
        if t.lower_ in ("two", "both") and t.dep_ in ("nsubj", "nsubjpass") and (self.last_people or self.last_pair):
            return list(self.last_people or self.last_pair)   # "The two held a productive call"
        if t.lower_ in ("they", "both", "their", "them") and self.last_pair:
            return list(self.last_pair)
        # the head noun of a phrase: "his Chinese counterpart Wang Yi", "South Korean Foreign
        # Ministry officials", "Japan's investments": persons first, then organizations, states
        found: list[str] = []
        relational = t.lemma_.lower() in RELATIONAL
        for c in sorted(t.children, key=lambda c: abs(c.i - t.i)):
            if relational and c.dep_ == "poss":
                continue   # "his Chinese counterpart Qin Gang" is not "his"
            if c.dep_ in ("compound", "appos") or (c.dep_ in ("amod", "poss", "nmod", "npadvmod") and c.i < t.i):
                for x in _conjuncts(c):
                    r = [tb.by_token[x.i]] if x.i in tb.by_token else [self.pronoun[x.i]] if x.i in self.pronoun else []
                    if not r and (x.dep_ in ("compound", "appos") or x.dep_ == "poss" and x.lemma_.lower() in GROUP_NOUNS
                                  and any(g.lower_ in ("two", "both") for g in x.children)):
                        r = self.ref(x)   # (and "the two sides' officials": officials of both)
                    found.extend(a for a in r if a not in found)
        if not found and not self._named_place(t):
            for c in t.children:
                if c.dep_ in ("amod", "compound", "poss") and c.i < t.i:
                    for x in _conjuncts(c) + [g for g in c.children if g.i < c.i and g.dep_ in ("npadvmod", "compound", "nmod")]:
                        if x.i in tb.by_token:
                            continue
                        iso = self.res.gazetteer.country_of_demonym(x.text) or self.res.gazetteer.country_of(x.text)
                        if iso:
                            found.append(self.country_actor(iso))   # "Japanese seafood", "Thai and Cambodian commanders"
        if found:
            persons = [a for a in found if tb.get(a).kind == "person"]
            if persons:
                return persons
            orgs = [a for a in found if tb.get(a).kind in ("organization", "group")]
            return orgs or found
        if t.dep_ == "compound" and t.head.i in tb.by_token:
            return [tb.by_token[t.head.i]]
        if tb.home and lemma in HOME_BODIES and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                and not any(c.dep_ in ("amod", "compound", "poss", "prep") for c in t.children):
            return [self.country_actor(tb.home)]   # "the government said" under a Kabul dateline
        if depth < 2 and t.pos_ in ("NOUN", "PROPN"):
            # the owner of a thing: "the incursion by a Chinese aircraft", "the leaders of
            # Rwanda and the DRC", "any contact with Japan"
            preps = [c for c in t.children if c.dep_ == "prep"]
            preps += [g for c in t.children if c.dep_ == "acl" for g in c.children if g.dep_ == "prep"]
            for c in preps:
                if c.lower_ in ("by", "of", "from", "with", "in", "between"):
                    owners = [x for p in c.children if p.dep_ == "pobj" for q in _conjuncts(p)
                              for x in self.ref(q, depth + 1)]
                    if c.lower_ == "in":   # "all parties in Myanmar": a state, never a city
                        owners = [x for x in owners if tb.get(x).kind == "country"]
                    if owners:
                        return list(dict.fromkeys(owners))
        return []

    def _named_body(self, t: Token) -> str | None:
        """ "The council", "the commission": a bare definite noun that is the head word of an
        organization named earlier in the article stands for that organization."""
        if t.pos_ != "NOUN" or t.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                or any(c.dep_ in ("compound", "amod", "poss", "nummod", "prep") for c in t.children):
            return None
        latest: tuple[int, str] | None = None
        for a in self.table.actors:
            words = a.name.split()
            if a.kind != "organization" or len(words) < 2 or words[-1].lower() != t.lower_:
                continue
            before = [s for s, _ in a.mentions if s < t.idx]
            if before and (latest is None or max(before) > latest[0]):
                latest = (max(before), a.id)
        return latest[1] if latest else None

    def _named_place(self, t: Token) -> bool:
        """True if ``t`` heads a named place, which is not its namesake state ("the South China Sea")."""
        start = min((x.i for x in t.subtree if x.dep_ == "compound" and x.i < t.i), default=t.i)
        return self.res.gazetteer.place(self.doc[start:t.i + 1].text) is not None

    def _people_of(self, pair: list[str], before: int) -> list[str]:
        """The person of each of two states named last before token ``before``, when the pair is
        two states and each has one ("the two ministers" after "Ruritania and Elbonia signed")."""
        countries = [self.country_of(a) for a in pair]
        if len(pair) != 2 or any(self.table.get(a).kind != "country" for a in pair) \
                or None in countries or len(set(countries)) != 2:
            return []
        found: dict[str | None, str] = {}
        for i in range(before - 1, -1, -1):
            aid = self.table.by_token.get(i)
            if aid is not None and self.table.get(aid).kind == "person" and self.country_of(aid) in countries:
                found.setdefault(self.country_of(aid), aid)
            if len(found) == 2:
                return [found[c] for c in countries]
        return []

    def _last_two_people(self, t: Token, n: int = 2) -> list[str]:
        """The two (or ``n``) persons of different states named last in this and the two sentences before."""
        sents = [s for s in self.doc.sents if s.start <= t.i]
        start = sents[-3].start if len(sents) >= 3 else 0
        found: dict[str | None, str] = {}
        for i in range(t.i - 1, start - 1, -1):
            aid = self.table.by_token.get(i)
            if aid is not None and self.table.get(aid).kind == "person" and self.country_of(aid) is not None:
                found.setdefault(self.country_of(aid), aid)
            if len(found) == n:
                return list(reversed(found.values()))
        return []

    def other_side(self, actor: list[str]) -> list[str]:
        """The other state of the article's main pair, when ``actor`` is on one side of it."""
        if not actor or len(self.dyad) != 2:
            return []
        mine = {self.country_of(a) for a in actor}
        other = [x for x in self.dyad if self.country_of(x) not in mine]
        return other if len(other) == 1 and None not in mine else []

    def country_of(self, aid: str) -> str | None:
        return self.table.get(aid).country


def _summons(tok: Token) -> bool:
    """ "summoned the ambassador", "the summons of the envoy", "called in the charge d'affaires"."""
    lemma = tok.lemma_.lower()
    return lemma in ("summon", "summons") or (
        lemma == "call" and any(c.lower_ == "in" and c.dep_ in ("prt", "prep") for c in tok.children))


def _conjuncts(tok: Token) -> list[Token]:
    """A token and the tokens coordinated with it, including coordinations the parser hung
    as modifiers ("Trump and South Korean President Lee" parsed with Trump as nmod)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_conjuncts(c))
        elif c.dep_ in ("nmod", "compound") and any(g.dep_ == "cc" and g.lower_ in ("and", "&") for g in c.children):
            out.extend(_conjuncts(c))
        elif c.dep_ == "compound" and c.i < tok.i:
            out.extend(x for x in _conjuncts(c)[1:])
    return out


QUANTIFIERS = frozenset("series round rounds number couple string set host flurry spate batch package raft slate wave".split())
DURATIONS = frozenset("minute minutes hour hours day days week weeks".split())


def _position(tok: Token, lasting: bool = False) -> Token:
    """The token whose place in the clause a noun takes: "a series of meetings" -> "series";
    with ``lasting``, a meeting's length too: "held two hours of talks" -> "hours"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.lemma_.lower() in QUANTIFIERS or (lasting and tok.head.head.lower_ in DURATIONS)):
        return tok.head.head
    return tok


def _clause_tokens(head: Token, own: bool = False) -> list[Token]:
    """Tokens of ``head``'s own clause: its subtree without nested clauses.

    A noun's participle modifiers stay in ("an agreement reached last year"). With ``own``,
    the verb's infinitive complement is left out too: in "agreed to hold a summit later this
    year" the date belongs to the summit, not to the agreeing."""
    out: list[Token] = []
    ends: set[int] = set()   # last tokens of phrases about another event ("after the coup")
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if own and t.i == head.i and c.dep_ == "xcomp":
                continue
            if c.dep_ in NESTED_CLAUSE and c.pos_ in ("VERB", "AUX") and not (
                    c.dep_ == "acl" and t.i == head.i and t.pos_ in ("NOUN", "PROPN") and c.tag_ in ("VBN", "VBG")) \
                    and not (t.i == head.i and _happening(c)):
                continue
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                continue
            if c.dep_ == "prep" and _other_time(c):
                ends.add(c.right_edge.i)
                continue
            stack.append(c)
    # "suspended Gabon following the coup this week": a date the parser hangs on the verb
    # right after a phrase about another event belongs to that event
    theirs = {x.i for t in out if t.dep_ == "npadvmod" and t.ent_type_ in ("DATE", "TIME")
              and t.left_edge.i - 1 in ends for x in t.subtree}
    return [t for t in out if t.i not in theirs]


def _happening(c: Token) -> bool:
    """ "talks that took place in Doha", "the summit, which was held on Monday": a relative
    clause that only says when or where its noun happened is part of the noun's own clause."""
    if c.dep_ != "relcl" or c.head.pos_ not in ("NOUN", "PROPN"):
        return False
    subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].lower_ not in RELATIVES:
        return False
    lemma = c.lemma_.lower()
    if lemma == "take":
        return any(x.dep_ == "dobj" and x.lower_ == "place" for x in c.children)
    if lemma == "hold":
        return subj[0].dep_ == "nsubjpass"
    return lemma in HAPPEN_VERBS


HAPPEN_VERBS = frozenset(("last", "continue", "run"))   # (its edges, "ends on Friday", are _edge_day's)
INTERCEPTS = frozenset(("shoot", "intercept", "down"))
INCURSIONS = frozenset(("enter", "violate", "intrude", "incursion", "intrusion", "violation", "breach", "cross"))
PLACE_NOUNS = frozenset("city town village capital port region province border territory coast island base".split())
STRUCK_PREPS = frozenset("in near on at inside outside across around".split())
OTHER_TIME = frozenset(("after", "before", "following", "since", "until", "preceding"))
SOURCE_NOUNS = frozenset("statement report readout communique post posting release briefing transcript".split())
SETTING_PREPS = frozenset(("during", "at", "on", "in", "through", "over"))
OCCASION_PREPS = frozenset(("during", "at", "on", "through"))   # "during the talks", "at the summit"


def _other_time(prep: Token) -> bool:
    """ "after a coup in July", "ahead of next week's summit": a phrase that places the act
    relative to another event; its dates are that event's, not the act's."""
    words = prep.lower_
    if words == "of" and prep.head.lower_ == "ahead":
        return True
    if words == "to" and prep.head.lower_ == "prior":
        return True
    return words in OTHER_TIME and any(p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and p.ent_type_ not in ("DATE", "TIME")
                                       for p in prep.children)


def _in_noun_clause(tok: Token, anchor: Token) -> bool:
    """Whether ``tok`` lies in a relative or participial clause of a noun ("the accord signed on
    April 17", "Wong, who arrived on Sunday") that does not hold ``anchor``."""
    for a in [tok, *tok.ancestors]:
        if a.dep_ in ("relcl", "acl") and a.pos_ in ("VERB", "AUX") and a.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # (but "according to a statement issued on Thursday" dates the telling of the act)
            return not (a.left_edge.i <= anchor.i <= a.right_edge.i) and a.head.lemma_.lower() not in SOURCE_NOUNS
    return False


def _preps(verb: Token) -> set[str]:
    """The prepositions and particles of a verb, which pick its lexicon sense ("call on"); a
    preposition that only dates the act ("on Monday") picks none."""
    return {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt") and not _dating(c)}


def _dating(prep: Token) -> bool:
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return prep.dep_ == "prep" and bool(objs) and all(p.ent_type_ in ("DATE", "TIME") for p in objs)


SCHEDULING = frozenset("set schedule slate plan due expect".split())   # "talks set for Friday"
# "a day after", "hours after", "two weeks before": days per unit (hours and minutes: the same day)
OFFSET_UNITS = {"minute": 0, "hour": 0, "day": 1, "week": 7}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "24": 24, "48": 48, "72": 72}
EDGE_VERBS = {"end": "end", "conclude": "end", "finish": "end", "wrap": "end",
              "begin": "start", "start": "start", "open": "start", "kick": "start"}


def _told_past(verb: Token) -> bool:
    """A verb in the simple past or the perfect: an act told as done."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _clock_only(tx: Timex) -> bool:
    """A time of day with no day of its own ("at 4 a.m."): a weaker date than "on Wednesday"."""
    return tx.type == "TIME" and not re.search(
        r"(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tomorrow|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
        tx.text)


def _crowd(verb: Token) -> Token | None:
    """The crowd doing a verb: its subject, or the noun a participle describes ("hundreds of
    students protested" parsed as a modifier of "hundreds")."""
    cands = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        cands.append(verb.head)
    for c in cands:
        words = {c.lemma_.lower()} | {p.lemma_.lower() for q in c.children if q.dep_ == "prep" and q.lower_ == "of"
                                      for p in q.children if p.dep_ == "pobj"}
        if words & CROWDS:
            return c
    return None


def _governor(tok: Token) -> Token | None:
    """The verb whose clause holds a noun trigger."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _framed_object(tok: Token) -> Token | None:
    """The light verb a noun is the object of through a free relative: "held what both sides
    described as constructive talks", "held what officials called frank talks"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        verb = tok.head.head
    elif tok.dep_ in ("dobj", "oprd"):
        verb = tok.head
    else:
        return None
    if verb.pos_ != "VERB" or verb.dep_ != "ccomp" or not any(
            c.dep_ == "dobj" and c.lower_ == "what" and c.i != tok.i for c in verb.children):
        return None
    outer = verb.head
    return outer if outer.pos_ in ("VERB", "AUX") and outer.lemma_.lower() in LIGHT_VERBS else None


def _news_outlet(verb: Token, ctx: _Context) -> bool:
    """True if the subject of a reporting verb is a news outlet ("KCNA reported", "state media said")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    name = " ".join(t.text for t in subj.subtree if t.dep_ not in ("det", "punct"))
    return norm_name(name) in ctx.res.media or subj.lemma_.lower() in ("media", "newspaper", "outlet", "broadcaster")


def _subject(verb: Token, ctx: _Context) -> tuple[list[str], list[str]]:
    """(actors, passive patients) of a verb, climbing through control and coordination."""
    t = verb
    for _ in range(5):
        subj = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        if len(subj) > 1:   # "A and B met" parsed as two subjects
            return [x for c in subj for x in ctx.refs(c)], []
        passive = [c for c in t.children if c.dep_ == "nsubjpass"]
        agent = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if subj and subj[0].lower_ in RELATIVES and t.dep_ == "relcl":
            return ctx.refs(t.head), []
        if subj:
            # "MANILA - The Philippines and Japan signed ...": a dateline parsed as the subject
            return ctx.refs(subj[0]) or [x for c in subj[0].children if c.dep_ == "appos" for x in ctx.refs(c)], []
        if passive and t.i == verb.i:
            if agent:
                return ctx.refs(agent[0]), ctx.refs(passive[0])
            return [], ctx.refs(passive[0])
        if agent and t.i == verb.i:
            # "... had been agreed by Biden and Xi"; "X met A and was received by B": the passive
            # conjunct's patient is the subject of the first
            shared = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")] \
                if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") else []
            return ctx.refs(agent[0]), ctx.refs(shared[0]) if shared else []
        if passive:
            return ctx.refs(passive[0]), []
        if t.i == verb.i:
            # a subject the parser hung on a fronted date: "On Thursday, June 13, Ukraine and
            # the United States signed ..." (Ukraine parsed as a conjunct of Thursday)
            # ("Soon after taking office on 17 November, Muizzu formally requested ...": set in
            # apposition to the date of a fronted clause)
            for c in t.children:
                if c.dep_ == "prep" and c.i < t.i:
                    for p in c.subtree:
                        if p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME"):
                            hung = [x for q in p.children if q.dep_ == "conj" or (q.dep_ == "appos" and q.ent_type_ != "DATE")
                                    for x in ctx.refs(q)]
                            if hung:
                                return hung, []
        if t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ == "VBG"):
            return ctx.refs(t.head), []   # "three Chinese companies supplying drone parts to Russia"
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.dep_ == "acl" and t.head.head.tag_ == "VBN":
            return ctx.refs(t.head.head.head), []   # "companies accused of supplying ..."
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in OBJECT_CONTROL:
            objs = [c for c in t.head.children if c.dep_ == "dobj"]
            if objs:
                return ctx.refs(objs[0]), []   # "prompting Brazil to recall its ambassador"
        if t.dep_ in ("conj", "ccomp") and t.head.lemma_.lower() in REPORTING and _news_outlet(t.head, ctx):
            # "The news agency reported that Y expressed ..., affirmed ... and asked ...": an
            # outlet only tells, so a run the parser hung on its verb continues the reported
            # clause and shares its subject
            said = [s for c in t.head.children if c.dep_ == "ccomp" and t.head.i < c.i < t.i
                    for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            if said:
                return ctx.refs(said[-1]), []
        if t.dep_ == "acl" and t.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            bearer = _prep_objects(t.head, "for")
            if bearer:
                return ctx.refs(bearer[0]), []   # "a proposal for President Halimah to make a state visit"
        if t.dep_ == "conj" and not passive and _misjoined(t):
            # "said the government should be represented ... and rejected X", "asked Tokyo to
            # show sincerity and invited Motegi": a finite active verb the parser joined to a
            # passive or to an infinitive continues the clause above that verb
            t = t.head.head
            if t.pos_ not in ("VERB", "AUX"):
                break
            continue
        if (t.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl") or (t.dep_ == "acomp" and t.pos_ == "VERB")) \
                and t.head.i != t.i:
            t = t.head   # (and "the two leaders are committed to ...": the copula's subject)
            if t.pos_ not in ("VERB", "AUX"):
                gov = _governor(t)
                if gov is None:
                    return [], []
                t = gov
            continue
        break
    return [], []


def _misjoined(verb: Token) -> bool:
    """True if a subjectless finite verb in the past or present cannot share the subject of the
    verb it is parsed as a conjunct of: that verb is a passive with its own subject, or an
    infinitive ("to show"), and itself hangs under another verb."""
    head = verb.head
    if verb.tag_ not in ("VBD", "VBZ") or head.i == verb.i or head.dep_ not in ("ccomp", "xcomp") \
            or head.head.i == head.i or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    passive = any(c.dep_ == "nsubjpass" for c in head.children) and not any(c.dep_ == "nsubj" for c in head.children)
    infinitive = head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    return passive or infinitive


WILL = frozenset(("will", "would", "can", "ca", "could", "shall"))   # "will not allow", "ca n't accept"
# giving way to another party, a verb with the particles it needs ("back down", "give in"), and
# verbs of pressure whose passive says the same ("will not be deterred"): refused, a rejection
YIELDING = {"back": frozenset(("down",)), "give": frozenset(("in",)), "cave": frozenset(), "budge": frozenset(),
            "yield": frozenset(), "bow": frozenset(), "bend": frozenset(), "succumb": frozenset(),
            "capitulate": frozenset(), "relent": frozenset()}
PRESSURES = frozenset(("REQUEST", "ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "REJECT"))
PRESSING = frozenset("deter intimidate cow bully blackmail coerce pressure pressurize pressurise".split())


def _aux_words(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def _phrase_nouns(tok: Token, depth: int = 2) -> list[Token]:
    """A noun and the nouns of the prepositional phrases that say what it is, ``depth`` levels
    down ("a tariff of 25 percent on cars"; not "a meeting before the deadline")."""
    out = [tok]
    if depth > 0:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "on", "for", "against", "to"):
                out += [x for p in c.children if p.dep_ == "pobj" for x in _phrase_nouns(p, depth - 1)]
    return out


def _prep_objects(tok: Token, prep: str) -> list[Token]:
    out: list[Token] = []
    for c in tok.children:
        if (c.dep_ in ("prep", "prt", "agent") or (c.dep_ == "dative" and c.pos_ == "ADP")) and c.lower_ == prep:
            for p in c.children:
                if p.dep_ == "pcomp" and p.lemma_.lower() == "visit" and p.tag_ == "VBG":
                    out.extend(g for g in p.children if g.dep_ == "dobj")   # "with visiting President X"
                elif p.dep_ in ("pobj", "pcomp"):
                    out.append(p)
        elif c.dep_ == "prep" and c.lower_ in ("on", "at"):
            # "held talks on the sidelines with X": the sidelines are only where the talks were
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in ("sideline", "sidelines", "margin", "margins"):
                    out.extend(x for t in p.subtree if t.dep_ == "prep" and t.lower_ == prep
                               for x in t.children if x.dep_ == "pobj")
    return out


class Extractor:
    def __init__(self, doc: Doc, table: ActorTable, res: Resources, lexicon: Lexicon,
                 timexes: list[Timex], dct: dt.date | None, skip: tuple[Span, ...]) -> None:
        self.doc = doc
        self.table = table
        self.res = res
        self.lex = lexicon
        self.dct = dct
        self.skip = skip
        self.ctx = _Context(doc, table, res)
        self.visitors: list[tuple[str, str | None]] = []   # (visitor, host state) of visits so far
        self.evaluations = load_evaluations()
        self.body_sentences = [s for s in doc.sents if not self._skipped(s[0]) and s.text.strip()][:3]
        self.drafts: list[_Draft] = []
        self.during_trip: list[_Draft] = []   # undated acts told "during his trip" (a visit without dates)
        self.timex_at: dict[int, Timex] = {}
        body = doc.text.lstrip()
        m = DATELINE.match(body)
        self.dateline_end = (len(doc.text) - len(body) + m.end()) if m and \
            m.group(0).split(",")[0].split("(")[0].strip().isupper() else 0
        for tx in timexes:
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.timex_at[t.i] = tx

    def _skipped(self, tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in self.skip)

    # ------------------------------------------------------------ triggers
    def run(self) -> list[_Draft]:
        drafts: list[_Draft] = self.drafts
        for sent in self.doc.sents:
            if self._skipped(sent[0]) and self._skipped(sent[-1]):
                continue
            for tok in sent:
                if self._skipped(tok):
                    continue
                d: _Draft | None = None
                if tok.pos_ == "VERB":
                    d = self._verb(tok) or self._statement(tok) or self._threat(tok) or self._demand(tok) or self._refusal(tok)
                if d is None and tok.lemma_ == "be" and tok.pos_ in ("VERB", "AUX"):
                    d = self._presence(tok)
                elif tok.pos_ in ("NOUN", "PROPN"):
                    d = self._noun(tok)
                if d is None:
                    continue
                d.sentence = (sent.start_char, sent.end_char)
                self._finish(d)
                held = self._valid(d) and self._held_out(d)
                if held:
                    self._threatened(d)
                if self._valid(d) and not held and not self._purpose_of_same(d):
                    drafts.append(d)
                    met = self._visit_meeting(d)
                    if met is not None:
                        drafts.append(met)
                    guest = self._hosted_visit(d)
                    if guest is not None:
                        drafts.append(guest)
                    snub = self._snub(d)
                    if snub is not None and self._valid(snub):
                        drafts.append(snub)
                    if d.mode == "visit" and d.actor and d.recipient:
                        self.visitors.append((d.actor[0], self.ctx.country_of(d.recipient[0])))
                    gathering = d.mode == "multilateral" and all(self.table.get(r).kind == "organization" for r in d.recipient)
                    if d.actor and d.recipient and d.mode != "visit" and "mediator" not in d.extra and not gathering:
                        self.ctx.last_pair = d.actor + d.recipient
                        if d.type in ("CONSULT", "AGREE", "RETREAT") and d.mode != "multilateral":
                            self.ctx.last_meeting = d.actor + d.recipient
                        people = [a for a in d.actor + d.recipient if self.table.get(a).kind == "person"]
                        if len(people) >= 2:
                            self.ctx.last_people = people
        self._settled_at(drafts)
        self._lead_date(drafts)
        self._story_date(drafts)
        self._trip_window(drafts)
        return drafts

    @staticmethod
    def _settled_at(drafts: list[_Draft]) -> None:
        """An agreement reached at or after talks told in its own sentence was made where the
        talks were: "agreed to a ceasefire following negotiations in Doha", "reached a deal at
        talks in Brussels" (guidelines: acts made during a meeting take the meeting's place)."""
        done = ("occurred", "ongoing")
        for d in drafts:
            verb = d.tok if d.tok.pos_ == "VERB" else d.governor
            if d.type not in ("AGREE", "RETREAT") or d.where is not None or d.status not in done or verb is None:
                continue
            parties = set(d.actor + d.recipient)
            for x in drafts:
                if x.type != "CONSULT" or x.where is None or x.status not in done or x.sentence != d.sentence \
                        or not parties & set(x.actor + x.recipient) or x.tok.i <= d.tok.i:
                    continue
                path = [x.tok, *x.tok.ancestors]
                if verb not in path:
                    continue
                below = path[:path.index(verb)]
                if any((a.dep_ == "prep" and a.lower_ in SETTLING) or
                       any(c.dep_ == "mark" and c.lower_ in SETTLING for c in a.children) for a in below):
                    d.where = x.where
                    break

    def _trip_window(self, drafts: list[_Draft]) -> None:
        """A trip still ahead told without its days ("his trip to Asia, which includes stops in
        Malaysia, Japan and South Korea") spans from the reference date to the last dated act of
        the traveller in one of its host countries ("his summit with Xi on Oct. 30 in Busan");
        its stops and the acts planned "during his trip" take that span (guidelines: a tour's
        span, within, when the legs' dates are unknown)."""
        if self.dct is None:
            return
        for traveller in dict.fromkeys(x.actor[0] for x in drafts if x.mode == "visit" and x.actor):
            trip = [x for x in drafts if x.mode == "visit" and x.actor[:1] == [traveller] and x.when is None
                    and x.status in ("planned", "possible")]
            hosts = {self.ctx.country_of(r) for x in trip for r in x.recipient} - {None}
            ends = [x.when.end for x in drafts if x.when is not None and x.where is not None
                    and x.where.country in hosts and traveller in x.actor + x.recipient
                    and x.status in ("planned", "possible") and x.when.start >= self.dct]
            if not ends:
                continue
            span = When(self.dct, max(ends), None, "context")
            for x in trip + [x for x in self.during_trip if x in drafts and traveller in x.actor + x.recipient]:
                if x.when is None:
                    x.when = span

    def _snub(self, d: _Draft) -> _Draft | None:
        """ "Would not attend US-sponsored peace talks", "declined to join talks hosted by Qatar":
        staying away from talks another party convenes rejects that party's invitation."""
        gov = d.governor
        if d.type != "CONSULT" or d.status != "denied" or d.tok.pos_ != "NOUN" or gov is None \
                or gov.lemma_.lower() not in ("attend", "join", "participate", "take") or not d.actor:
            return None
        sponsors = [x for c in d.tok.children if c.dep_ in ("amod", "acl") and c.lemma_.lower() in CONVENING
                    for g in c.children if g.dep_ in ("npadvmod", "compound", "agent")
                    for x in (self.ctx.refs(g) if g.dep_ != "agent" else
                              [y for p in g.children if p.dep_ == "pobj" for y in self.ctx.refs(p)])]
        mine = {self.ctx.country_of(a) for a in d.actor}
        sponsors = [x for x in dict.fromkeys(sponsors) if self.ctx.country_of(x) not in mine]
        trig = self.lex.verb("decline", set())
        if not sponsors or trig is None:
            return None
        snub = _Draft(trig, gov, gov, list(d.actor), sponsors, "occurred", None, confidence=0.5, sentence=d.sentence)
        self._finish(snub)
        snub.status = "occurred"
        return snub

    def _visit_meeting(self, d: _Draft) -> _Draft | None:
        """ "Orban visited Ukrainian President Zelensky in Kyiv": a visit and a meeting."""
        if d.mode != "visit" or d.tok.pos_ != "VERB" or d.tok.lemma_.lower() != "visit":
            return None
        people = [x for c in d.tok.children if c.dep_ == "dobj" for x in self.ctx.refs(c)
                  if self.table.get(x).kind == "person" and x not in d.actor]
        trig = self.lex.verb("meet", set())
        if not people or trig is None:
            return None
        return _Draft(trig, d.tok, d.governor, list(d.actor), people, d.status, None, d.when, d.where,
                      confidence=d.confidence, sentence=d.sentence, symmetric=True)

    def _hosted_visit(self, d: _Draft) -> _Draft | None:
        """ "Putin hosted Xi in Moscow": the guest, from another state, visited the host's state."""
        if d.type != "CONSULT" or d.tok.pos_ != "VERB" or d.tok.lemma_.lower() not in ("host", "receive") \
                or d.where is None or len(d.actor) != 1:
            return None
        home = self.ctx.country_of(d.actor[0])
        guests = [x for c in d.tok.children if c.dep_ == "dobj" for x in self.ctx.refs(c)
                  if self.table.get(x).kind == "person" and self.ctx.country_of(x) not in (None, home)]
        trig = self.lex.verb("visit", set())
        if home is None or d.where.country != home or len(guests) != 1 or trig is None:
            return None
        return _Draft(trig, d.tok, d.governor, guests, [self.ctx.country_actor(home)], d.status, "visit", d.when,
                      d.where, confidence=d.confidence, sentence=d.sentence)

    def _lead_date(self, drafts: list[_Draft]) -> None:
        """The lead tells one story: an act it reports in the simple past with no date of its own
        happened on the day the lead gives ("China summoned Japan's ambassador and suspended
        imports ... on Thursday"). The lead is the first paragraph; a one-sentence first paragraph
        is elaborated by the next sentence, which shares its day ("AU leaders opened their summit
        on Saturday ... / The AU chairperson called on the army to ...")."""
        text = self.doc.text
        sents = [s for s in self.doc.sents if s.text.strip() and not self._skipped(s[0])]
        if not sents:
            return
        first = sents[0]
        end = text.find("\n", first.start_char + len(first.text.rstrip()))
        end = len(text) if end < 0 else end
        if len(sents) > 1 and sents[1].start_char >= end:
            end = sents[1].start_char + len(sents[1].text.rstrip())
        lead = [d for d in drafts if d.tok.idx < end]
        peg = next((d.when for d in lead if d.when is not None and d.status == "occurred"
                    and d.when.start == d.when.end), None)
        if peg is None:
            # failing a dated act, the one recent day the lead sentence names ("X said Monday ...")
            day = self._recent_day(first)
            peg = When(day.begin, day.begin, day.text) if day is not None and day.begin is not None else None
        if peg is None:
            return
        for d in lead:
            verb = d.tok if d.tok.pos_ == "VERB" else d.governor
            # (a past progressive in reported speech is the lead's act too: "said it was severing ties")
            if d.when is not None or d.status not in ("occurred", "ongoing") or verb is None:
                continue
            told = verb.tag_ == "VBD" or verb.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)
            if told and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
                d.when = dataclasses.replace(peg, basis="context")

    def _story_date(self, drafts: list[_Draft]) -> None:
        """A news story goes on telling the day it reports: an act told in the simple past with no
        date of its own ("Kim also criticised the drills", "the ministers also held a video call",
        "'...,' the spokesman told reporters") happened on the day of the last act of the same
        parties told before it on one past day of the last week, or on any one past day in the
        same or the sentence before ("At their meeting on Aug. 23 ... They agreed ...")
        (guidelines: a date stated for one act carries over to acts of the same clause or
        meeting). Background told in the same or the sentence before at another time
        ("expelled the ambassador in April and threatened ...", "agreed to set up a hotline in
        2023", whether or not that time became its date) stops the carrying; background
        further back does not, the story having resumed. An arrival's day is not the story's
        ("Wong, who arrived late Sunday, also paid a call on ...")."""
        if self.dct is None:
            return
        index = {s.start_char: i for i, s in enumerate(self.doc.sents)}
        told: list[_Draft] = []
        acts = {x.tok.i for x in drafts}
        for d in drafts:
            if d.when is None and d.status == "occurred" and self._told_as_done(d, acts):
                here = index.get(d.sentence[0], -1)
                for x in reversed(told):
                    if x.status != "occurred" or not self._same_story(x, d):
                        continue
                    near = index.get(x.sentence[0], -2) >= here - 1
                    if x.when is None:   # an act at a time not taken as its date ("agreed ... in 2023")
                        if near:
                            break
                        continue
                    day = x.when.start == x.when.end <= self.dct
                    if day and (near or (self.dct - x.when.start).days <= 7):
                        d.when = dataclasses.replace(x.when, basis="context")
                        break
                    if near:
                        break
            if d.when is not None and not (d.mode == "visit" and d.tok.lower_ in ARRIVALS) or \
                    d.when is None and self._own_time(d):
                told.append(d)

    def _told_as_done(self, d: _Draft, acts: set[int]) -> bool:
        """An act told in the simple past, or what a speaker said in the simple past ("'...,' he
        said", "said it would respond"); not one told in the pluperfect, which sets it before
        the story's day, nor one told with a time or an occasion of its own or as what a thing
        held, nor a noun that is what another act (at ``acts``) is about."""
        v: Token | None = d.tok if d.tok.pos_ in ("VERB", "AUX") else d.governor
        if d.tok.pos_ not in ("VERB", "AUX") and (v is None or v.i in acts):
            return False   # a thing another act is about ("condemned Russia's attacks")
        if v is None or self._own_time(d):
            return False   # a time of its own not taken as a date ("during the briefing this week")
        if v.dep_ == "relcl" and v.head.pos_ == "NOUN":
            return False   # background of a thing ("his speech, in which he called on ...")
        if any(p.dep_ == "prep" and p.lower_ in OCCASION_PREPS and any(
                o.dep_ == "pobj" and o.i != d.tok.i and (trig := self.lex.noun(o.lemma_.lower())) is not None
                and trig.mode != "visit" for o in p.children)
               for h in {v, d.tok} for p in h.children):
            return False   # an occasion of its own ("at their annual meeting, ministers called on ..."),
            # not the stop of a trip the story follows
        for _ in range(4):
            if v is None:
                return False
            aux = {c.lemma_ for c in v.children if c.dep_ == "aux"}
            if "have" in aux:
                return False
            if v.tag_ == "VBD":
                return True
            if v.head.i == v.i or not (v.dep_ == "conj" or v.dep_ in ("ccomp", "parataxis")
                                       and v.head.lemma_.lower() in REPORTING):
                return False   # (not what one urged another to do)
            v = v.head
        return False

    def _own_time(self, d: _Draft) -> bool:
        """Whether the clause of ``d`` names a time of its own that can be placed in the calendar."""
        v = d.tok if d.tok.pos_ in ("VERB", "AUX") else d.governor
        return v is not None and any((tx := self.timex_at.get(t.i)) is not None and tx.begin is not None
                                     for t in _clause_tokens(v))   # (not "within hours": it only follows on)

    def _same_story(self, x: _Draft, d: _Draft) -> bool:
        """Whether the dated act ``x`` and the undated ``d`` belong to one story: told in the
        same sentence, or sharing a party or a party's state."""
        if x.sentence == d.sentence:
            return True
        xs, ds = set(x.actor + x.recipient), set(d.actor + d.recipient)
        if xs & ds:
            return True
        return bool({self.ctx.country_of(a) for a in xs} & {self.ctx.country_of(a) for a in ds} - {None})

    def _verb(self, tok: Token) -> _Draft | None:
        lemma = tok.lemma_.lower()
        attack_targets: list[str] = []
        mediated = False
        deed = self._deed(tok, lemma)
        if deed is not None:
            return deed
        if lemma in REPORTING and lemma != "tell":   # ("told the envoys to leave" is an expulsion)
            return None
        preps = _preps(tok)
        trig = self.lex.verb(lemma, preps)
        if trig is not None and lemma == "call" and trig.type == "REQUEST" and "on" in preps and not any(
                c.dep_ in ("xcomp", "ccomp", "advcl") for c in tok.children) and not any(
                p.dep_ == "pobj" and any(g.dep_ in ("acl", "relcl") for g in p.children) for c in tok.children
                if c.lower_ == "on" for p in c.children):
            trig = self.lex.noun("call") or trig   # "may also call on acting President Han": a courtesy call
            if trig.type == "CONSULT":
                trig = Trigger("verb", "call", "on", "CONSULT", None, "043", ("on",), ("diplomatic",))
        if lemma == "visit" and tok.tag_ == "VBG" and (tok.dep_ in ("amod", "acl") or (
                tok.dep_ == "pcomp" and tok.head.lower_ == "with")):
            return self._visiting(tok)
        if lemma in ("head", "lead") and any(c.dep_ in ("auxpass", "agent") for c in tok.children):
            return None   # "the delegation was headed by the defence minister": leading, not travelling
        if any(c.dep_ == "xcomp" and kept_open(c) for c in tok.children):
            return None   # "refused to rule out sending troops": keeping an option open is no refusal
        if lemma in ("order", "tell", "give"):
            leave = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("leave", "depart")]
            envoy = [c for c in tok.children if c.dep_ in ("dobj", "nsubj") and c.i > tok.i
                     and c.lemma_.lower() in ENVOYS]
            if leave and (envoy or any(g.dep_ == "nsubj" and g.lemma_.lower() in ENVOYS for g in leave[0].children)):
                expel = self.lex.verb("expel", set())
                if expel is not None:
                    who = envoy[0] if envoy else next(g for g in leave[0].children if g.dep_ == "nsubj")
                    actor = _subject(tok, self.ctx)[0]
                    return _Draft(expel, tok, tok, actor, [r for r in self.ctx.refs(who) if r not in actor],
                                  clause_status(tok, "SANCTION"), None, confidence=0.6)
        if trig is None or tok.dep_ == "amod":
            return None
        if lemma in ("halt", "suspend") and (halted := self._halted(tok)) is not None:
            return halted
        if lemma in ("freeze", "pause", "halt") and not self._stops_money(tok):
            return None   # "froze the account of ...", "paused funding to": money or trade; not "halted the car"
        if lemma == "sell" and not self._arms(tok):
            return None   # arms sales are aid; other sales are trade
        if lemma == "share" and not any(w.lemma_.lower() in INTEL for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                                        for w in c.subtree):
            return None   # "shared concerns": only sharing intelligence is cooperation
        particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        if particles - {trig.prep or ""} - {"up"} - ({"on"} if trig.mode == "visit" else set()):
            return None   # "back down", "call off": a phrasal verb is another word
        # a light verb with a trigger noun as object: the noun states the event ("held talks",
        # "signed an agreement"); "rejected the demand" is two acts
        if trig.mode == "visit" and trig.prep and any(c.dep_ == "dobj" for c in tok.children):
            return None   # "left for Tokyo" is a departure; "left room for talks" is not
        bound = trig.mode == "visit" and any(c.dep_ == "prep" and c.lower_ in ("to", trig.prep) for c in tok.children)
        for c in tok.children:
            noun = self.lex.noun(c.lemma_.lower()) if c.dep_ in ("dobj", "attr") else None
            if noun is not None and (lemma in LIGHT_VERBS or noun.type == trig.type or (
                    lemma in SUPPORT_VERBS and noun.type == "SUPPORT")) and not bound:
                return None   # (but "flew on to Lima, the next stop of his tour" is the visit)
        if lemma in ("lift", "ease") and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in MEASURES
                                                  for c in tok.children):
            return None   # "easing tensions" is no concession; "lifting sanctions" is
        if trig.type == "REJECT" and trig.prep == "out" and kept_open(tok):
            return None   # "would not rule out backing the bid": an opening left, not a rejection
        if lemma in TIE_VERBS and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in BONDS
                                          for c in tok.children):
            return None   # "restored diplomatic ties" is an agreement; "restored order" is not
        if lemma in ("seek", "try", "want") and any(c.dep_ == "xcomp" for c in tok.children):
            return None   # "seek to revive diplomacy": an attempt, not a request
        if lemma == "welcome" and self._guest(tok):
            trig = self.lex.verb("receive", set()) or trig   # "Sisi was welcomed by Erdogan in Ankara": a reception
        if lemma in ("send", "dispatch", "fly") and self._sends_relief(tok):
            trig = self.lex.verb("donate", set()) or trig   # "sent rescue teams and relief supplies to Morocco"
        if trig.type == "MOBILIZE" and lemma in ("send", "dispatch", "deploy", "move") and tok.pos_ == "VERB":
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if tok.dep_ in ("relcl", "acl"):
                objs.append(tok.head)   # "the balloons the North sent", "the letter sent by Trump"
            if not objs and tok.dep_ == "xcomp":
                objs = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]   # "is to be sent"
            sent = {w.lemma_.lower() for o in objs for w in o.subtree}
            if sent & DELEGATES and (visit := self.lex.verb("visit", set())) is not None:
                trig = visit   # "a delegation is to be sent to Cairo": a visit by the sender's envoys
            elif (objs or lemma == "move") and not sent & FORCES:
                return None   # "sent a letter", "moved to impose": only forces are mobilized
        if trig.type == "MOBILIZE" and lemma in ("launch", "fire", "test") and tok.pos_ == "VERB":
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if not objs or not any(w.lower_ in WEAPONS or w.lemma_.lower() in WEAPONS for o in objs for w in o.subtree):
                return None
        if trig.type == "MOBILIZE" and lemma in ("launch", "fire"):
            heads = [tok] + [x for c in tok.children if c.dep_ == "dobj" for x in _conjuncts(c)]
            targets = [x for h in heads for prep in ("at", "on", "against", "toward", "towards")
                       for p in _prep_objects(h, prep) for x in self.ctx.refs(p)]
            targets += [x for p in _prep_objects(tok, "at") for q in p.subtree if q.i in self.table.place_countries
                        for x in self.ctx.ref(q)]
            if targets:
                trig = self.lex.verb("attack", set()) or trig   # "fired missiles at Ukraine": an attack
                attack_targets = list(dict.fromkeys(targets))
        if lemma == "protest" and _crowd(tok) is not None:
            trig = self.lex.verb("rally", set()) or trig   # people protesting in the street, not a ministry
        if lemma == "storm" and _crowd(tok) is None:
            trig = self.lex.verb("raid", set()) or trig   # police or troops storming an embassy: a raid
        if trig.type == "PROTEST":
            return self._protest(tok, trig)
        if lemma in ("respond", "retaliate"):
            return self._response(tok, trig)
        if lemma == "close" and not self._closure(tok):
            return None   # "closed the meeting", "closed higher": only a border or airspace shut to others
        if lemma == "reach" and any(c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and c.i not in self.table.by_token
                                                            and c.i not in self.table.places) for c in tok.children):
            # "a deal was reached", "reached a consensus": an agreement, not an arrival
            agree = self.lex.verb("agree", set())
            if agree is None:
                return None
            parties = [x for t in _clause_tokens(tok) if t.dep_ == "prep" and t.lower_ == "between"
                       for p in t.children if p.dep_ == "pobj" for x in self.ctx.refs(p)]
            parties = parties or [x for c in tok.children if c.dep_ == "nsubj" for x in self.ctx.refs(c)]
            if len(parties) < 2:
                return None
            return _Draft(agree, tok, tok, parties[:1], parties[1:], clause_status(tok, "AGREE"), None, confidence=0.6)
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            # "the fact sheet released in November": the noun is what was acted on
            agent = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            actor, patient = (self.ctx.refs(agent[0]) if agent else []), self.ctx.refs(tok.head)
            sense = self.lex.noun(tok.head.lemma_.lower())
            if trig.type == "CONSULT" and actor and sense is not None and sense.type == "CONSULT" and sense.mode is None:
                # "the meeting, hosted by X", "talks between A and B, mediated by X": the host
                # meets the parties of those talks, or of the meeting the definite noun refers to
                parties = [x for p in _prep_objects(tok.head, "between") for x in self.ctx.refs(p)]
                if not parties and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.head.children):
                    parties = list(self.ctx.last_meeting)
                if parties:
                    patient = [x for x in parties if x not in actor]
                    mediated = True
        else:
            actor, patient = _subject(tok, self.ctx)
        if trig.type == "CONSULT" and trig.mode is None and not actor and patient \
                and any(c.dep_ == "nsubjpass" for c in tok.children):
            # "was hosted for talks by his counterpart": the parser may hang the host's "by"
            # on the phrase between verb and agent
            actor = [x for h in tok.children if h.dep_ == "prep" for p in h.children if p.dep_ == "pobj"
                     for b in _prep_objects(p, "by") for x in self.ctx.refs(b) if x not in patient][:2]
        if trig.type == "MOBILIZE" and not actor and patient and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in FORCES for c in tok.children):
            actor, patient = patient, []   # "Chilean troops have been deployed": the troops' state deploys them
        if trig.type == "AGREE" and not actor and patient and (lemma == "commit" or (lemma in TIE_VERBS and len(patient) > 1)):
            # "the two leaders are committed to ...": a state, not a passive; "relations between
            # Cairo and Ankara were restored": the two sides restored them
            actor, patient = patient, []
        recipient = patient or self._recipient(tok, trig)
        if not recipient and trig.type in ("SANCTION", "AID") and lemma in ("freeze", "pause", "halt", "sell"):
            # "paused 20 million dollars in funding to Nauru": the receiver hangs under the object
            held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + _prep_objects(tok, "in")
            recipient = [x for c in held for w in c.subtree
                         if w.dep_ == "prep" and w.lower_ in ("to", "with", "for") for p in w.children
                         if p.dep_ == "pobj" for x in self.ctx.refs(p) if x not in actor]
        if not recipient and trig.type == "COOPERATE" and len(actor) > 1:
            actor, recipient = actor[:1], actor[1:]   # "A and B began sharing intelligence"
        if not recipient and trig.type == "AID" and lemma in ("send", "dispatch", "fly"):
            recipient = self._destination_state(tok, actor)   # "dispatched doctors to Mandalay"
        if not recipient and attack_targets:
            recipient = [r for r in attack_targets if r not in actor]
        if not recipient and trig.type == "MOBILIZE":
            recipient = [x for c in tok.children if c.dep_ in ("xcomp", "advcl") for prep in ("for", "to")
                         for p in _prep_objects(c, prep) for x in self.ctx.refs(p)]
        if not recipient and trig.type in ("ACCUSE", "REJECT", "SUPPORT") and tok.dep_ in ("relcl", "acl") \
                and tok.head.pos_ in ("NOUN", "PROPN") and not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVES for c in tok.children) \
                and not any(c.dep_ == "dobj" and c.lower_ not in RELATIVES for c in tok.children):
            # "air strikes, which Riyadh condemned"; "a charge Beijing rejected": the doer of what
            # the clause describes
            mine = {self.ctx.country_of(a) for a in actor}
            recipient = [r for r in self._doer(tok.head) if r not in actor and self.ctx.country_of(r) not in mine]
        if not recipient and trig.type in ("ACCUSE", "REJECT", "SUPPORT"):
            for c in tok.children:
                noun = self.lex.noun(c.lemma_.lower()) if c.dep_ == "dobj" else None
                if noun is not None:
                    author = next((dd.actor for dd in reversed(self.drafts) if dd.type == noun.type and dd.actor), None)
                    if author:
                        recipient = [a for a in author if a not in actor]   # "Iran condemned the strikes"
        if not recipient and trig.type in ("REQUEST", "THREATEN", "ACCUSE"):
            for c in tok.children:
                if c.dep_ in ("ccomp", "xcomp"):
                    subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
                    if subj:
                        recipient = self.ctx.refs(subj[0])
                        mine = {self.ctx.country_of(a) for a in actor}
                        if trig.type == "THREATEN" and None not in mine and \
                                all(self.ctx.country_of(r) in mine for r in recipient):
                            recipient = []   # "warned that Israel would respond": the speaker's own side
                        break
        if not recipient and trig.type in ("AGREE", "THREATEN", "REJECT", "SUPPORT", "REQUEST"):
            # "promised that the jets would reach Ukraine": the state the promise is about
            for c in tok.children:
                if c.dep_ == "ccomp":
                    named = [x for q in c.subtree for x in ([self.table.by_token[q.i]] if q.i in self.table.by_token
                                                           else self.ctx.ref(q) if q.i in self.table.place_countries else [])]
                    mine = {self.ctx.country_of(a) for a in actor}
                    named = [x for x in dict.fromkeys(named) if x not in actor and self.ctx.country_of(x) not in mine]
                    if named:
                        recipient = named[:1]
                        break
        if trig.type == "AGREE" and lemma in ("pledge", "promise", "offer", "provide", "give") and any(
                w.lower_ in MONEY or w.text.startswith("$") for c in tok.children if c.dep_ == "dobj" for w in c.subtree):
            trig = self.lex.verb("aid", set()) or trig   # "pledged $2 million": aid
            if not recipient:
                # "pledged $50 million for Fiji", "pledged $300 million to fund the force"
                recipient = [x for p in _prep_objects(tok, "for") for x in self.ctx.refs(p) if x not in actor]
                recipient = recipient or [x for c in tok.children if c.dep_ in ("xcomp", "advcl")
                                          for o in c.children if o.dep_ == "dobj" for x in self.ctx.refs(o) if x not in actor]
                # "pledged 40 billion euros in military aid for Ukraine"
                recipient = recipient or [x for c in tok.children if c.dep_ == "dobj" for w in c.subtree
                                          if w.dep_ == "prep" and w.lower_ in ("for", "to") for p in w.children
                                          if p.dep_ == "pobj" for x in self.ctx.refs(p) if x not in actor]
                recipient = recipient or self._aided(actor)
        if trig.type == "AGREE" and lemma in ("pledge", "promise", "offer") and not recipient and any(
                c.dep_ == "dobj" and c.lemma_.lower() in FORCES for c in tok.children):
            # "A, B and C have promised officers": each pledges forces to the mission's host, not
            # to one another
            recipient = [x for p in _prep_objects(tok, "for") + _prep_objects(tok, "to") for x in self.ctx.refs(p)
                         if x not in actor] or self._aided(actor)
        if trig.type == "SUPPORT" and len(actor) > 1 and not recipient and set(actor) <= set(self.ctx.last_meeting) \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENTS for c in tok.children):
            # "Modi and Xi met ... and endorsed the deal": the parties of the meeting agree on it
            trig = self.lex.verb("agree", set()) or trig
            actor, recipient = actor[:1], actor[1:]
        if trig.cameo == "045" and not recipient:
            recipient = list(self.ctx.last_pair)   # a mediator brokers what the parties agreed
        if trig.type == "AGREE" and lemma == "offer" and not recipient and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in ("host", "mediate") for c in tok.children):
            # "Italy has offered to host the next round": an offer to the parties of the talks
            mine = {self.ctx.country_of(a) for a in actor}
            recipient = [x for x in self.ctx.last_meeting if x not in actor and self.ctx.country_of(x) not in mine]
        if trig.type == "CONSULT" and trig.mode == "phone" and lemma == "call" and (
                not recipient or any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp") for c in tok.children)
                or not any(c.dep_ == "dobj" and (c.i in self.table.by_token or c.i in self.ctx.pronoun)
                           for c in tok.children)):
            return None   # "called the talks useful" is a judgement, not a phone call
        mode_hint = None
        if trig.type == "CONSULT" and not recipient and lemma in ("host", "meet", "convene", "gather"):
            groups = [c for c in tok.children if c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_.lower() in GATHERINGS]
            if groups:
                mode_hint = "multilateral"   # "will host European defence ministers in Paris"
        status = clause_status(tok, trig.type)
        mode = trig.mode
        if trig.type == "CONSULT" and mode is None and self._by_phone(tok):
            mode = "phone"
        d = _Draft(trig, tok, tok, actor, recipient, status, mode_hint or mode, confidence=0.75)
        if mediated:
            d.extra["mediator"] = "yes"
            d.trig = dataclasses.replace(trig, cameo="045")   # hosting others' talks is mediation
        if trig.type == "CONSULT" and mode == "visit":
            self._visit(d, tok)
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            # ("the first batch of 200 officers arrived": the forces are what the batch is of)
            subj += [p for c in subj if c.lemma_.lower() in BATCHES for p in _prep_objects(c, "of")]
            if subj and subj[-1].lemma_.lower() in FORCES | {"contingent"}:
                # "Kenyan police officers landed in Haiti": forces arriving are deployed, not visiting
                d.trig = dataclasses.replace(trig, type="MOBILIZE", mode=None, cameo="150", contexts=("military",))
                d.mode = None
                if not d.actor and d.recipient:
                    d.actor = self.ctx.other_side(d.recipient)   # forces with no nationality: the story's other state
        return d

    def _guest(self, verb: Token) -> bool:
        """True if a verb of welcoming takes persons, not a decision: the welcomed are guests."""
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        found = [x for c in objs for x in self.ctx.refs(c)]
        return bool(found) and all(self.table.get(x).kind == "person" for x in found) and \
            not any(c.dep_ == "prep" and c.lower_ in ("as", "for") for c in verb.children)

    def _sends_relief(self, verb: Token) -> bool:
        """True if what a verb of sending moves is relief: aid, supplies, rescuers, doctors."""
        objs = [x for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for x in _conjuncts(c)]
        return any(w.lemma_.lower() in RELIEF or w.lower_ in RELIEF for o in objs for w in o.subtree)

    def _destination_state(self, verb: Token, actor: list[str]) -> list[str]:
        """The state of the place something is sent to, when it is not the sender's own."""
        mine = {self.ctx.country_of(a) for a in actor}
        # "from X to Y" may hang the destination under the origin or its preposition, "a team of
        # doctors to Y" under what is sent
        dest = _prep_objects(verb, "to") + [
            x for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "from"
            for t in c.subtree if t.dep_ == "prep" and t.lower_ == "to" and not any(
                a.pos_ in ("VERB", "AUX") for a in t.ancestors if a.i != verb.i and verb in a.ancestors)
            for x in t.children if x.dep_ == "pobj"]
        for p in dest:
            place = self.table.places.get(p.i)
            if place is not None and place[1] not in mine:
                return [self.ctx.country_actor(place[1])]
            states = [x for x in self.ctx.ref(p) if self.table.get(x).kind == "country" and self.ctx.country_of(x) not in mine]
            if not states and p.lemma_.lower() in ("country", "nation") and \
                    [c.lower_ for c in p.children] == ["the"]:
                # "flew rescue teams to the country": the receiver of the aid last reported, else
                # the state last named before, never the sender
                before = [(s, a.id) for a in self.table.actors if a.kind == "country" and a.country not in mine
                          for s, _ in a.mentions if s < p.idx]
                states = self._aided(actor) or ([max(before)[1]] if before else [])
            if states:
                return states[:1]
        return []

    def _deed(self, tok: Token, lemma: str) -> _Draft | None:
        """Deeds told with a verb that is no trigger on its own: "declared the ambassador persona
        non grata" (an expulsion), "was taken into custody" (a detention), "dropped its objections
        to" (a concession), "is buying tanks from Korea" (arms aid from the seller), "have been
        working together on" (cooperation)."""
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        kind = self._deed_kind(tok, lemma, objs)
        if kind is None:
            return None
        actor, patient = _subject(tok, self.ctx)   # (only now: resolving references has effects)
        recipient: list[str] = []
        if kind == "expel":
            recipient = [x for c in objs for x in self.ctx.refs(c)] or patient
        elif kind == "detain":
            recipient = patient or [x for c in objs for x in self.ctx.refs(c)]
            if not actor:
                # "was taken into custody in Beijing": the state where it happened holds him
                mine = {self.ctx.country_of(r) for r in recipient}
                placed = [self.table.places[p.i][1] for p in _prep_objects(tok, "in") if p.i in self.table.places]
                actor = [self.ctx.country_actor(c) for c in placed if c not in mine][:1] or self.ctx.other_side(recipient)
        elif kind == "concede":
            recipient = [x for c in objs for p in _prep_objects(c, "to") for w in p.subtree
                         for x in ([self.table.by_token[w.i]] if w.i in self.table.by_token else []) if x not in actor]
            recipient = recipient or self.ctx.other_side(actor)
        elif kind == "sell":
            sellers = [x for p in _prep_objects(tok, "from") for x in self.ctx.refs(p)]
            if not sellers or not actor:
                return None
            actor, recipient = sellers, actor   # the seller supplies the buyer
        elif kind == "sever" and lemma != "renew":
            # "relations between Saudi Arabia and Iran were severed": the first party severs them
            parties = [x for c in objs for p in _prep_objects(c, "between") for x in self.ctx.refs(p)]
            if len(parties) < 2:
                return None
            actor, recipient = parties[:1], parties[1:]
        elif kind == "sever":
            # "will not renew its membership of China's Belt and Road Initiative": leaving a scheme
            recipient = [x for c in objs for w in c.subtree if w.i != c.i
                         for x in (self.ctx.ref(w) if w.dep_ in ("poss", "pobj", "compound") else []) if x not in actor]
        elif kind == "cooperate":
            recipient = [x for p in _prep_objects(tok, "with") for x in self.ctx.refs(p)]
            if not recipient and len(actor) > 1:
                actor, recipient = actor[:1], actor[1:]
        sense = self.lex.verb(kind, set())
        if sense is None:
            return None
        status: Status = "planned" if lemma == "renew" else clause_status(tok, sense.type)
        recipient = list(dict.fromkeys(recipient)) if lemma == "renew" else [r for r in recipient if r not in actor]
        return _Draft(sense, tok, tok, actor, recipient, status, None, confidence=0.6)

    def _deed_kind(self, tok: Token, lemma: str, objs: list[Token]) -> str | None:
        """The lexicon verb whose sense a deed told in other words has, decided from the parse
        alone (no reference is resolved before a deed is recognised)."""
        if lemma == "declare" and any(w.lower_ == "grata" for w in tok.subtree):
            return "expel"
        if lemma == "take" and any(p.lower_ == "custody" for p in _prep_objects(tok, "into")):
            return "detain"
        if lemma in ("drop", "withdraw", "abandon", "lift", "waive") and any(
                c.lemma_.lower() in OBJECTIONS or c.lower_ in OBJECTIONS for c in objs):
            return "concede"
        if lemma in ("buy", "purchase", "acquire") and self._arms(tok):
            return "sell"
        if lemma in ("sever", "cut") and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in TIES
                                             and _prep_objects(c, "between") for c in objs):
            return "sever"
        if lemma == "renew" and clause_status(tok, "SANCTION") == "denied" and any(
                c.lemma_.lower() in AGREEMENTS for c in objs):
            return "sever"
        if lemma == "work" and any(c.lower_ == "together" for c in tok.children):
            return "cooperate"
        return None

    def _halted(self, tok: Token) -> _Draft | None:
        """"Halted its propaganda broadcasts", "the offensive was suspended": ending a hostile act
        is a retreat from it, aimed at whom the act was aimed at."""
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(c.lemma_.lower() in HOSTILE_ACTS or c.lower_ in HOSTILE_ACTS for c in objs):
            return None
        actor, _ = _subject(tok, self.ctx)
        if any(c.dep_ == "nsubjpass" for c in objs):
            actor = [x for c in objs for x in self.ctx.refs(c) if self.ctx.country_of(x)] if not actor else actor
        mine = {self.ctx.country_of(a) for a in actor}
        target = [x for c in objs for w in c.subtree if w.i != c.i
                  for x in (self.ctx.ref(w) if w.dep_ in ("pobj", "amod", "compound", "npadvmod") else [])
                  if x not in actor and self.ctx.country_of(x) not in mine]
        target = target or self.ctx.other_side(actor)
        retreat = self.lex.noun("pause")
        if retreat is None:
            return None
        sense = dataclasses.replace(retreat, pos="verb", lemma=tok.lemma_.lower(), cameo="0874", contexts=("military",))
        return _Draft(sense, tok, tok, actor, list(dict.fromkeys(target)), clause_status(tok, "RETREAT"), None,
                      confidence=0.6)

    def _stops_money(self, tok: Token) -> bool:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + _prep_objects(tok, "in")
        return any(w.lemma_.lower() in FUNDS or w.lower_ in FUNDS for c in objs for w in c.subtree)

    def _arms(self, tok: Token) -> bool:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(w.lemma_.lower() in WEAPONS | FORCES - {"police", "officer", "officers", "personnel", "troop", "troops"}
                   or w.lower_ in WEAPONS for c in objs for w in c.subtree)

    def _aided(self, actor: list[str]) -> list[str]:
        """The receiver of the aid or forces last reported: a story of relief pledged to one
        country ("The United States pledged $2 million on Sunday")."""
        mine = {self.ctx.country_of(a) for a in actor}
        for d in reversed(self.drafts):
            if d.type in ("AID", "MOBILIZE") and d.recipient:
                return [r for r in d.recipient if r not in actor and self.ctx.country_of(r) not in mine][:1]
        return []

    def _visiting(self, tok: Token) -> _Draft | None:
        """ "Ruto held talks with visiting Somali President Hassan Sheikh Mohamud in Nairobi":
        the person described is the visitor; the host is the state of the place or of the
        clause's other party."""
        trig = self.lex.verb("visit", set())
        described = tok.head if tok.dep_ != "pcomp" else next((c for c in tok.children if c.dep_ == "dobj"), None)
        if described is None:
            return None   # "talks with visiting Somali President X", parsed as a gerund taking X
        visitor = [a for a in self.ctx.refs(described) if self.table.get(a).kind == "person"]
        gov = _governor(tok.head) if tok.dep_ != "pcomp" else _governor(tok)
        if trig is None or not visitor or gov is None:
            return None
        mine = {self.ctx.country_of(v) for v in visitor}
        where = self._where_of(gov)
        host = where.country if where else None
        if host is None or host in mine:
            hosts = [self.ctx.country_of(a) for a in _subject(gov, self.ctx)[0]]
            host = next((h for h in hosts if h and h not in mine), None)
        if host is None:
            return None
        d = _Draft(trig, tok, gov, visitor, [self.ctx.country_actor(host)], clause_status(gov, "CONSULT"), "visit",
                   confidence=0.55)
        d.where = where
        return d

    def _presence(self, tok: Token) -> _Draft | None:
        """ "The two ministers are in the Philippines for talks": officials who are in a foreign
        country are visiting it."""
        trig = self.lex.verb("visit", set())
        if trig is None or tok.dep_ in ("aux", "auxpass") or any(c.dep_ == "neg" for c in tok.children) \
                or any(c.dep_ in ("acomp", "attr", "xcomp") for c in tok.children):
            return None
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        visitors = self.ctx.refs(subj[0]) if subj else []
        if not visitors or not all(self.table.get(v).kind == "person" and self.ctx.country_of(v) for v in visitors):
            return None
        p = next((p for p in _prep_objects(tok, "in") if p.i in self.table.places), None)
        if p is None or self.table.places[p.i][1] in {self.ctx.country_of(v) for v in visitors}:
            return None
        place = self.table.places[p.i]
        status: Status = "ongoing" if tok.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ == "aux" for c in tok.children) else clause_status(tok, "CONSULT")
        d = _Draft(trig, tok, tok, visitors, [self.ctx.country_actor(place[1])], status, "visit", confidence=0.5)
        d.where = Where(None if p.i in self.table.place_countries else place[0], place[1])
        return d

    def _protest(self, tok: Token, trig: Trigger) -> _Draft | None:
        """Street protests (PLOVER PROTEST): a crowd marches on, rallies outside or storms a
        foreign embassy. The crowd stands for the state where it protests."""
        crowd = _crowd(tok)
        if crowd is None:
            return None
        actor = self.ctx.refs(crowd)
        target: list[str] = []
        for prep in ("on", "at", "outside", "against", "into", "to"):
            for p in _prep_objects(tok, prep):
                target.extend(self.ctx.refs(p))
        for c in tok.children:
            if c.dep_ == "dobj":
                target.extend(self.ctx.refs(c))
        where = self._where_of(tok)
        if not actor:
            home = self.table.home or (where.country if where else None)
            if home is None:
                return None
            actor = [self.ctx.country_actor(home)]
        d = _Draft(trig, tok, tok, actor, [t for t in dict.fromkeys(target) if t not in actor],
                   clause_status(tok, trig.type), None, confidence=0.55)
        d.where = where
        return d

    def _where_of(self, tok: Token) -> Where | None:
        for t in _clause_tokens(tok):
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.i in self.table.places:
                name, iso = self.table.places[t.i]
                return Where(None if t.i in self.table.place_countries else name, iso)
        return None

    def _statement(self, tok: Token) -> _Draft | None:
        """An evaluative statement about another party is an act: "X called the move a
        provocation", "X said Y's remarks were erroneous" (ACCUSE); "X said the report was
        baseless" (REJECT). The words are in ``data/evaluations.tsv``."""
        lemma = tok.lemma_.lower()
        target: Token | None = None
        judged: list[Token] = []
        acted = False   # the judgement is an act the other party is said to have done
        if lemma in LABELLING:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if not objs and tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN") and not any(
                    c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in tok.children):
                objs = [tok.head]   # "a move Milei's spokesman called interference"
            if objs:
                target = objs[0]
                judged = [t for c in tok.children if c.dep_ in ("oprd", "xcomp", "attr", "acomp", "ccomp")
                          for t in c.subtree]
                judged += [t for c in objs[0].children if c.dep_ in ("amod", "appos", "acl") for t in c.subtree]
                judged += [t for p in _prep_objects(tok, "as") for t in p.subtree]
        elif lemma in REPORTING:
            # (and "said A ... and that B ...": a second clause joined to the first)
            told = [c for c in tok.children if c.dep_ == "ccomp"]
            told += [g for c in told for g in c.children if g.dep_ == "conj"
                     and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
            for c in told:
                subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass", "csubj")]
                if not subj or any(g.dep_ == "neg" for g in c.children):
                    continue
                if c.lemma_ in ("be", "become", "remain"):
                    target = subj[0]   # "said the move was illegal", "said X had become an enabler of"
                    judged = [t for g in c.children if g.dep_ in ("attr", "acomp") for t in g.subtree]
                elif c.pos_ == "VERB" and self.evaluations.get(c.lemma_.lower()) == "ACCUSE":
                    target = subj[0]   # "said Y's actions had endangered its diplomats"
                    judged = [c]
                    acted = True
        kinds = {self.evaluations.get(t.lower_) or self.evaluations[t.lemma_.lower()] for t in judged
                 if t.lower_ in self.evaluations or (t.pos_ == "VERB" and t.lemma_.lower() in self.evaluations)}
        if target is None or not kinds:
            return None
        etype = "REJECT" if kinds == {"REJECT"} else "ACCUSE"
        trig = self.lex.verb("reject" if etype == "REJECT" else "accuse", set())
        if trig is None:
            return None
        actor = _subject(tok, self.ctx)[0]
        recipient = [r for r in self.ctx.refs(target) if r not in actor]
        confidence = 0.5
        if not recipient and actor and set(self.ctx.refs(target)) <= set(actor):
            # "said he was disappointed by the decision": the speaker's own feeling, aimed at
            # the one whose act caused it
            causes = [p for h in judged[:1] + [h.head for h in judged[:1] if h.dep_ == "acomp"]
                      for prep in ("by", "with", "at", "over") for p in _prep_objects(h, prep)]
            recipient = [r for p in causes for r in self.ctx.refs(p) or self._doer(p) if r not in actor] \
                or (self.ctx.other_side(actor) if causes else [])
            confidence = 0.45
        if not recipient:
            # "called Trump's decision dumb": the one whose act it is
            recipient = [r for c in target.children if c.dep_ == "poss" for r in self.ctx.refs(c) if r not in actor]
        if not recipient and target.i == tok.head.i:
            recipient = [r for r in self._doer(target) if r not in actor]
        if not recipient and (noun := self.lex.noun(target.lemma_.lower())) is not None:
            # "said the strikes were unjustified": whoever carried out the strikes reported before
            recipient = next(([a for a in x.actor if a not in actor] for x in reversed(self.drafts)
                              if x.type == noun.type and x.actor), [])
        if not recipient and lemma == "tell":
            # "told Wang that sending the balloon was irresponsible": the one told
            recipient = [r for c in tok.children if c.dep_ in ("dobj", "dative") for r in self.ctx.refs(c) if r not in actor]
        if not recipient and target.pos_ == "NOUN" and not acted:
            # "Belarus called the closure unfriendly": an act of the other side of the story
            recipient = self.ctx.other_side(actor)
            confidence = 0.45
        return _Draft(trig, tok, tok, actor, recipient, clause_status(tok, etype), None, confidence=confidence)

    def _speaker(self, verb: Token) -> list[str]:
        """The subject of the reporting verb a clause is told under ("..., he added")."""
        t = verb
        for _ in range(4):
            if t.dep_ not in ("ccomp", "conj", "parataxis") or t.head.i == t.i:
                return []
            t = t.head
            if t.lemma_.lower() in REPORTING:
                return _subject(t, self.ctx)[0]
        return []

    def _threat(self, tok: Token) -> _Draft | None:
        """Promises of measures against another party are threats: "would take all necessary
        measures", "reserves the right to take further action against", "all the consequences must
        be borne by X", "will not allow X to ...". A clause a warning already states is not a second
        threat."""
        lemma = tok.lemma_.lower()
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        reserved = tok.dep_ in ("acl", "xcomp") and tok.head.lemma_.lower() == "right" and \
            tok.head.head.lemma_.lower() == "reserve"
        status = clause_status(tok, "THREATEN")
        bearer: list[str] = []
        if lemma == "take" and any(o.lemma_.lower() in COUNTERMEASURES for o in objs):
            if not reserved and status not in ("planned", "possible"):
                return None   # "took measures": the measures themselves are the act
        elif lemma in ("bear", "face", "suffer") and any(o.lemma_.lower() in ("consequence", "consequences") for o in objs):
            agent = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            bearer = [x for w in agent + subj for x in self.ctx.refs(w)]
            if not bearer or status == "denied":
                return None
        elif lemma in ("allow", "tolerate", "permit") and status == "denied" and \
                _aux_words(tok) & WILL:
            objs += [g for c in tok.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
            bearer = [x for o in objs for x in self.ctx.refs(o)]   # "will not allow X to ..."
            if not bearer:
                return None
        else:
            return None
        warning = self.lex.verb(tok.head.lemma_.lower(), set()) if tok.dep_ in ("ccomp", "xcomp") else None
        if warning is not None and warning.type == "THREATEN":
            return None   # "warned that Beijing would take all necessary measures": the warning is the threat
        trig = self.lex.verb("threaten", set())
        if trig is None:
            return None
        actor = _subject(tok, self.ctx)[0] if not bearer else []
        actor = [a for a in actor if a not in bearer] or self._speaker(tok) or _subject(tok, self.ctx)[0]
        actor = [a for a in actor if a not in bearer]
        mine = {self.ctx.country_of(a) for a in actor}
        recipient = bearer or [x for h in [tok] + objs for p in _prep_objects(h, "against") for x in self.ctx.refs(p)
                               if self.ctx.country_of(x) not in mine]
        told = tok
        while told.dep_ == "conj" and told.head.i != told.i:
            told = told.head   # "told X that ... and that the United States would take measures"
        if not recipient and told.dep_ == "ccomp" and told.head.lemma_.lower() == "tell":
            recipient = [x for c in told.head.children if c.dep_ in ("dobj", "dative") for x in self.ctx.refs(c)]
        return _Draft(trig, tok, tok, actor, [r for r in recipient if r not in actor], "occurred", None, confidence=0.5)

    def _refusal(self, tok: Token) -> _Draft | None:
        """ "Would not accept excessive demands", "will never accept the annexation": a refusal.
        So is a refusal to yield: "will not back down", "will not be deterred", "would not
        bow to pressure from X"."""
        lemma = tok.lemma_.lower()
        particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        yielding = (lemma in YIELDING and not passive and YIELDING[lemma] <= particles) or \
            (lemma in PRESSING and passive)
        if (lemma != "accept" and not yielding) or clause_status(tok, "REJECT") != "denied" or \
                not _aux_words(tok) & WILL:
            return None
        trig = self.lex.verb("reject", set())
        if trig is None:
            return None
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        actor = self.ctx.refs(subj[0]) if subj and yielding else _subject(tok, self.ctx)[0]
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        recipient = [r for o in objs for r in self._perpetrator(o) if r not in actor]
        if yielding:
            # "will not bow to pressure from Beijing", "will not be intimidated by China"
            held = _prep_objects(tok, "to") + _prep_objects(tok, "by")
            held += [p for h in held for p in _prep_objects(h, "from")]
            recipient = [r for h in held for r in self.ctx.refs(h) or self._offender(h) if r not in actor]
            if not recipient:
                recipient = self._presser(actor)
        return _Draft(trig, tok, tok, actor, list(dict.fromkeys(recipient)), "occurred", None, confidence=0.5)

    def _presser(self, actor: list[str]) -> list[str]:
        """Whoever did the last act reported against ``actor``'s side: the party a refusal to
        yield answers ("China's coast guard fired water cannon ... Manila will not be deterred")."""
        mine = {self.ctx.country_of(a) for a in actor}
        if not actor or None in mine:
            return []
        for x in reversed(self.drafts):
            theirs = {self.ctx.country_of(a) for a in x.actor}
            if x.type in PRESSURES and x.actor and None not in theirs and not theirs & mine \
                    and {self.ctx.country_of(r) for r in x.recipient} & mine:
                return list(x.actor)
        return []

    def _demand(self, tok: Token) -> _Draft | None:
        """What a speaker says another party must do is a demand: "Japan must retract the remarks,
        the spokesman said", "stressed the need for India to address the allegations"."""
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            return None
        if tok.dep_ in ("advcl", "acl", "relcl") and tok.head.lemma_.lower() in ("need", "necessity") and \
                any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
            gov = _governor(tok.head)
            actor = _subject(gov, self.ctx)[0] if gov is not None else []
        elif _aux_words(tok) & {"must", "should"} and tok.dep_ in ("ccomp", "conj"):
            if any(x.tok.i == tok.head.i for x in self.drafts):
                return None   # "told him that six diplomats must leave": the telling states the act
            actor = self._speaker(tok)
        else:
            return None
        trig = self.lex.verb("urge", set())
        mine = {self.ctx.country_of(a) for a in actor}
        recipient = [r for r in self.ctx.refs(subj[0]) if r not in actor and self.ctx.country_of(r) not in mine]
        if trig is None or not actor or not recipient or None in mine:
            return None
        return _Draft(trig, tok, tok, actor, recipient, "occurred", None, confidence=0.5)

    def _noun(self, tok: Token) -> _Draft | None:
        lemma = tok.lemma_.lower()
        trig = self.lex.noun(lemma)
        if trig is None:
            return None
        if tok.dep_ == "compound":   # "trade deal talks": the head noun decides
            return None
        if lemma in STANCE_NOUNS and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in STANCE_VERBS):
            return None   # "expressed concern over": an act; "issues of mutual concern": not
        signed = trig.type == "AGREE" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in SIGNING
        if (tok.pos_ == "PROPN" or tok.ent_type_ in ("LAW", "EVENT", "ORG", "WORK_OF_ART")) and not signed:
            return None   # a named treaty or conference is background, not a stated act (signing it is one)
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ in ("of", "to")
                                                                   for c in tok.children):
            return None   # "in support of", "in response to": a connective, not an act
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children)
        if definite and tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
                LIGHT_VERBS | ATTEND_VERBS | DENIED_GOVERNORS | {"facilitate", "arrange", "organize", "organise", "prepare"}):
            definite = False   # "to facilitate the summit", "postponed the talks": news about that act
        explicit_preps = {"by", "from", "with", "between", "on", "against", "to", "into", "of", "for"}
        if definite and not any(c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and self.ctx.ref(c))
                                or (c.dep_ == "amod" and self.res.gazetteer.country_of_demonym(c.text))
                                or (c.dep_ == "prep" and c.lower_ in explicit_preps) for c in tok.children):
            return None   # "the visit", "the talks": a reference back to an act already reported
        if lemma == "exercise" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and \
                not any(c.dep_ == "amod" and c.lower_ in ("military", "naval", "joint") for c in tok.children):
            return None   # "the exercise of its defence rights", not a drill
        if trig.type == "MOBILIZE" and lemma in ("launch", "test") and \
                not any(w.lower_ in WEAPONS or w.lemma_.lower() in WEAPONS for w in tok.subtree):
            return None   # "the launch of the new administration"
        joint = lemma == "patrol" and any(c.dep_ == "amod" and c.lower_ in ("joint", "coordinated") for c in tok.children)
        if joint:
            trig = self.lex.noun("cooperation") or trig   # "began coordinated patrols": forces working together
        preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
        dated = {c.lower_ for c in tok.children if c.dep_ == "prep" and any(p.ent_type_ in ("DATE", "TIME") for p in c.children)}
        if lemma == "call" and (preps - dated) & {"for", "on"} and not any(c.lower_ in ("courtesy",) for c in tok.children):
            trig = self.lex.verb("call", preps) or trig
        gov = _governor(tok)
        if gov is not None and gov.lemma_.lower() in ("follow", "precede") and gov.tag_ == "VBG" and gov.head.i != gov.i:
            gov = gov.head if gov.head.pos_ in ("VERB", "AUX") else _governor(gov.head)   # "following a meeting with"
        framed = _framed_object(tok)
        if framed is not None:
            gov = framed   # "held what both called a productive call": the outer verb states the act
        pos = _position(tok, trig.type in ("CONSULT", "MOBILIZE"))   # "two days of talks / of drills"
        if gov is not None and pos.dep_ == "dobj" and pos.head.i == gov.i and gov.lemma_.lower() in TOPIC_VERBS \
                and not (lemma in STANCE_NOUNS and gov.lemma_.lower() in STANCE_VERBS):
            if not (trig.type == "CONSULT" and forms(gov) & (POSSIBLE_GOVERNORS | PLANNED_GOVERNORS)):
                return None   # "to negotiate the withdrawal": a topic, not an act ("raised concerns" is one)
            # (but "is considering a visit", "plans a trip": a meeting or visit in view)
        actor: list[str] = []
        recipient: list[str] = []
        sponsors: list[str] = []
        for c in tok.children:
            if c.dep_ == "poss":
                if c.pos_ == "PRON" and gov is not None and pos.dep_ == "dobj" and pos.head.i == gov.i:
                    actor = _subject(gov, self.ctx)[0]   # "Trump and Lee held their first talks"
                elif c.lower_ == "their" and gov is not None:
                    # "At their meeting in Tokyo, Lee told Ishiba ...": the clause's two parties
                    subj = _subject(gov, self.ctx)[0]
                    objs = [x for o in gov.children if o.dep_ in ("dobj", "dative") for x in self.ctx.refs(o)]
                    if subj and objs:
                        actor, recipient = subj, objs
                actor = actor or self.ctx.refs(c)
            elif c.dep_ == "compound":
                for r in self.ctx.refs(c):
                    if r not in recipient:
                        recipient.append(r)
            elif c.dep_ == "amod" and trig.type == "CONSULT" and c.lemma_.lower() in SPONSORING:
                # "US-sponsored peace talks", "Qatar-hosted talks": the sponsor sits at the table
                sponsors.extend(x for m in c.children if m.dep_ in ("npadvmod", "compound", "nmod")
                                for x in self.ctx.refs(m))
        for p in _prep_objects(tok, "by"):
            actor = self.ctx.refs(p)
        drawn = not actor and trig.type in ("ACCUSE", "SUPPORT") and gov is not None and pos.dep_ == "dobj" \
            and pos.head.i == gov.i and gov.lemma_.lower() in DRAWING_VERBS
        if drawn and gov is not None:
            # "the launch drew condemnation from Seoul and Tokyo": the critics are after "from",
            # the criticised are whoever did what the subject names
            actor = [x for p in _prep_objects(tok, "from") + _prep_objects(gov, "from") for x in self.ctx.refs(p)]
            if actor and not recipient:
                recipient = [r for c in gov.children if c.dep_ == "nsubj" for r in self._perpetrator(c) if r not in actor]
        convened = False
        if not actor and trig.type == "CONSULT" and trig.mode is None and not (
                pos.dep_ == "pobj" and pos.head.head.pos_ in ("NOUN", "PROPN")):
            owners = [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj" for x in self.ctx.refs(p)]
            if owners and all(self.table.get(x).kind == "organization" for x in owners):
                actor, convened = owners, True   # "a meeting of the Security Council", "a summit of the bloc"
        if not actor and trig.mode == "visit":
            for p in _prep_objects(tok, "for") + _prep_objects(tok, "from"):
                if self.lex.noun(p.lemma_.lower()) is not None:
                    continue   # "a visit to Beijing for talks with Qin": the purpose, not the traveller
                actor = [a for a in self.ctx.refs(p) if self.table.get(a).kind == "person"]   # "a trip for Ishiba"
        between = [x for p in _prep_objects(tok, "between") for x in self.ctx.refs(p)] or self._held_between(tok, pos, gov)
        if between:
            actor, recipient = between[:1], between[1:]
        if recipient and not actor and len(recipient) >= 2 and trig.type in ("CONSULT", "AGREE", "RETREAT", "COOPERATE"):
            actor, recipient = recipient[:1], recipient[1:]   # "the Xi-Kim talks", "US-North Korea talks"
        if not actor and trig.type in STANCE_TYPES:
            # "a Rwandan demand", "Chinese criticism of the visit": the adjective names who speaks
            actor = [self.ctx.country_actor(iso) for c in tok.children if c.dep_ == "amod" and c.i < tok.i
                     and (iso := self.res.gazetteer.country_of_demonym(c.text)) is not None]
        rec = self._recipient(tok, trig)
        if not rec and trig.type in ("REQUEST", "THREATEN"):
            # "a demand that Kinshasa hold direct talks", "a warning that Seoul would pay": the
            # party the clause it states is about
            mine = {self.ctx.country_of(a) for a in actor}
            # (the parser may take "that" for a relative pronoun beside the clause's subject)
            rec = [x for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
                       m.dep_ in ("mark", "nsubj") and m.lower_ == "that" for m in c.children)
                   for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ != "that"
                   for x in self.ctx.refs(s) if x not in actor and self.ctx.country_of(x) not in mine]
        if not rec and pos.i != tok.i:
            # "two days of exercises around Taiwan": the preposition may hang on the measure
            rec = [x for prep in trig.recipient if prep not in ("dobj", "dative", "host", "between", "poss")
                   for p in _prep_objects(pos, prep) for x in self.ctx.refs(p)]
        if not rec and gov is not None and pos.dep_ in ("dobj", "nsubjpass") and pos.head.i == gov.i \
                and gov.lemma_.lower() in LIGHT_VERBS:
            # "signed a memorandum of understanding with Somaliland"
            rec = [x for prep in trig.recipient if prep not in ("dobj", "dative", "host", "between", "poss")
                   for p in _prep_objects(gov, prep) for x in self.ctx.refs(p)]
        imposer = [x for c in tok.children if c.dep_ == "compound" for x in self.ctx.refs(c)] \
            if not actor and rec and trig.type in ("SANCTION", "AID", "ASSAULT", "COERCE") else []
        if imposer and [x for x in rec if x not in imposer]:
            actor, recipient = imposer, []   # "the new US duties on Mexican goods": the state named first imposes them
        recipient.extend(x for x in rec if x not in recipient and x not in actor)
        if trig.type == "CONSULT" and trig.mode is None and not actor and not recipient \
                and pos.dep_ == "pobj" and pos.head.lower_ in ("at", "during"):
            actor, recipient = self._met_at(pos.head.head)
        # ("stepped up patrols in the Gulf of Finland": a place is no doer; the light verb's subject is)
        owned = any(c.dep_ in ("poss", "amod", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ in ("of", "by", "from"))
                    for c in tok.children)
        if not actor and trig.type == "MOBILIZE" and (owned or not (
                gov is not None and pos.dep_ == "dobj" and pos.head.i == gov.i and gov.lemma_.lower() in LIGHT_VERBS)):
            actor = [a for a in self.ctx.ref(tok) if a not in recipient]   # "the launch of the North Korean missile"
        elif not recipient and trig.type in ("ASSAULT", "COERCE"):
            recipient = [a for a in self.ctx.ref(tok) if a not in actor]   # "the invasion of Ukraine"
        if trig.type == "SUPPORT" and not drawn and not (gov is not None and pos.dep_ == "dobj" and pos.head.i == gov.i
                                           and (gov.lemma_.lower() in LIGHT_VERBS | SUPPORT_VERBS)):
            return None   # "X's support for Y" in passing is not an act; "reaffirmed its support" is
        if not actor and gov is not None:
            light = gov.lemma_.lower() in LIGHT_VERBS | ATTEND_VERBS | (
                set() if clause_status(gov) == "denied" else {"accept", "approve", "agree"}) or (
                lemma in STANCE_NOUNS and gov.lemma_.lower() in STANCE_VERBS)   # "raised concerns about"
            fronted = pos.dep_ == "dobj" and pos.head.lemma_.lower() in ("follow", "precede") and pos.head.tag_ == "VBG"
            if fronted or framed is not None or (pos.dep_ == "dobj" and pos.head.i == gov.i and light) or (
                    pos.dep_ == "pobj" and pos.head.lower_ in SITUATIONAL_PREPS and pos.head.head.i == gov.i) or (
                    pos.dep_ == "pobj" and pos.head.lower_ == "to" and gov.lemma_.lower() in ("agree", "commit", "consent")):
                actor = _subject(gov, self.ctx)[0]
        if trig.type == "CONSULT" and trig.mode is None and actor and not recipient and gov is not None \
                and pos.dep_ == "pobj" and pos.head.lower_ == "for" and pos.head.head.i == gov.i:
            trip = next((x for x in reversed(self.drafts) if x.tok.i == gov.i and x.mode == "visit"), None)
            if trip is not None:
                recipient = list(trip.recipient)   # "are in Australia for security talks": with the hosts
        if not actor and trig.type in ("MOBILIZE", "ASSAULT", "COERCE"):
            actor = self.ctx.ref(tok)   # "the launch of the North Korean missile"
            recipient = [r for r in recipient if r not in actor]
        in_np = pos.dep_ == "pobj" and pos.head.head.pos_ in ("NOUN", "PROPN")   # "the readout of the talks"
        if in_np and pos.head.lower_ == "for" and self.lex.noun(pos.head.head.lemma_.lower()) is not None:
            # "a visit to Beijing for talks with Qin": the purpose stands as the trip does
            status = noun_status(pos.head.head, _governor(pos.head.head), trig.type)
        elif in_np:
            status = noun_status(tok, None)
        elif pos.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "pobj") or (gov is not None and gov.lemma_ in LIGHT_VERBS):
            status = noun_status(tok, gov, trig.type)
        else:
            status = noun_status(tok, None)
        if trig.type == "CONSULT" and status not in ("denied", "possible") and self._granted(tok):
            status = "planned"   # "a meeting of the council, which is expected on Friday"
        mode = trig.mode
        if trig.type == "CONSULT" and lemma == "call":
            mode = "phone" if self._by_phone(tok) or not any(c.lower_ == "courtesy" for c in tok.children) else None
        gathering: list[str] = []
        if trig.type == "CONSULT" and recipient and all(self.table.get(r).kind == "organization" for r in recipient) \
                and not between:
            # "the APEC summit": a gathering of the organization's members, who stand for the rest
            gathering, recipient = recipient, []
        # "will attend the summit"; "will take part in the August 22-24 meeting", "participated in"
        joined = gov is not None and (pos.head.i == gov.i or pos.dep_ == "pobj" and pos.head.lower_ == "in" and (
            pos.head.head.i == gov.i or pos.head.head.lower_ == "part" and pos.head.head.head.i == gov.i))
        if trig.type == "CONSULT" and not recipient and gov is not None and joined \
                and gov.lemma_.lower() in ("attend", "join", "participate", "take", "skip", "boycott", "address"):
            mode = "multilateral"
        elif trig.type == "CONSULT" and (lemma in MULTILATERAL_NOUNS or any(c.lower_ == "multilateral" for c in tok.children)) and not recipient:
            attended = gov is not None and gov.lemma_.lower() in ATTEND_VERBS
            named = any(c.dep_ == "compound" and (c.pos_ == "PROPN" or c.i in self.table.by_token) for c in tok.children)
            if not (attended or named or convened):
                return None
            mode = "multilateral"
        if trig.type == "CONSULT" and trig.mode is None and not actor and recipient and gov is not None \
                and pos.dep_ == "pobj" and pos.head.lower_ in ("for", "during", "at", "in"):
            actor = [a for a in _subject(gov, self.ctx)[0] if a not in recipient
                     and self.table.get(a).kind == "person"]   # "is considering a visit ... for talks with Qin"
        if trig.type == "CONSULT" and trig.mode is None and not actor and not recipient and gov is not None \
                and pos.dep_ in ("nsubj", "nsubjpass") and pos.head.i == gov.i and gov.lemma_.lower() in TAKE_PLACE:
            # "the first round of talks took place in Doha": the parties of the last meeting or
            # agreement, not of a thanks or a demand told in between
            pair = list(self.ctx.last_meeting or self.ctx.last_pair or self.ctx.dyad)
            actor, recipient = pair[:1], pair[1:]
        if trig.type == "COOPERATE" and gov is not None and pos.head.i == gov.i and gov.lemma_.lower() in CONTINUING \
                and status == "planned" and gov.dep_ == "ccomp" and forms(gov.head) & (REPORTING | AFFIRMING):
            # "confirmed that they will continue close cooperation": a commitment made as it is said
            trig, status = self.lex.verb("agree", set()) or trig, "occurred"
            actor = actor or _subject(gov, self.ctx)[0]
        explicit = bool(between) or any(c.dep_ in ("poss", "compound") and self.ctx.ref(c) for c in tok.children)
        if joint and not recipient and len(actor) > 1:
            actor, recipient = actor[:1], actor[1:]
        if trig.type == "COOPERATE" and not explicit and not joint:
            return None
        if trig.type == "CONSULT" and pos.dep_ == "nsubj" and gov is not None and pos.head.i == gov.i \
                and gov.lemma_.lower() in REPORTING:
            return None   # a trip does not speak: "..., his first trip abroad, the ministry said" misparsed
        if trig.type == "AGREE" and pos.dep_ == "nsubj" and gov is not None and pos.head.i == gov.i \
                and gov.lemma_.lower() in FAILING:
            return None   # "previous peace deals between the two have failed": no agreement was made
        if trig.type == "AGREE" and not actor and not recipient and self._has_time(tok):
            actor, recipient = list(self.ctx.dyad[:1]), list(self.ctx.dyad[1:2])
        if convened and not recipient:
            mode = "multilateral"
        if sponsors and actor:
            if not recipient and len(actor) >= 2:
                actor, recipient = actor[:1], actor[1:]
            recipient += [x for x in dict.fromkeys(sponsors) if x not in actor + recipient]
        if gathering and mode == "multilateral" and actor and not recipient:
            recipient = [x for x in gathering if x not in actor]   # "will attend the NATO summit"
        d = _Draft(trig, tok, gov, actor, recipient, status, mode, confidence=0.6)
        if trig.type == "CONSULT" and mode == "visit":
            self._visit(d, tok)
        return d

    @staticmethod
    def _separately(tok: Token) -> bool:
        """Whether the meeting is said to be several ("held separate talks", "met separately")."""
        near = [tok, *tok.children, *(c for c in tok.head.children if tok.dep_ in ("dobj", "pobj"))]
        return any(w.lower_ in ("separate", "separately", "respectively", "individually") for w in near)

    def _perpetrator(self, noun: Token) -> list[str]:
        """Who did what a noun names: "North Korea's launch", "the strikes by Israel", or the actor
        of the last event of that kind reported ("the test" after "Pyongyang tested a missile")."""
        found = self.ctx.refs(noun)
        if not found and (kind := self.lex.noun(noun.lemma_.lower())) is not None:
            found = next((list(x.actor) for x in reversed(self.drafts) if x.type == kind.type and x.actor), [])
        return found

    def _met_at(self, host: Token) -> tuple[list[str], list[str]]:
        """ "Raised the issue with Vice Premier He at economic talks in Beijing": the talks at
        which one party took something up with another are between the two."""
        if host.dep_ == "pobj" and host.head.lower_ == "with":
            # (the parser may hang "with" on the matter raised: "raised the dispute with X")
            verb, partner = host.head.head, self.ctx.refs(host)
            verb = verb.head if verb.dep_ == "dobj" else verb
        elif host.pos_ == "VERB":
            verb = host
            partner = [x for h in [host] + [c for c in host.children if c.dep_ == "dobj"]
                       for p in _prep_objects(h, "with") for x in self.ctx.refs(p)]
        else:
            return [], []
        if verb.pos_ != "VERB":
            return [], []
        if not partner or self.lex.verb(verb.lemma_.lower(), _preps(verb)) is not None:
            return [], []   # ("met with X at the summit" is the meeting itself)
        subj = _subject(verb, self.ctx)[0]
        return (subj, [p for p in partner if p not in subj]) if subj else ([], [])

    def _held_between(self, tok: Token, pos: Token, gov: Token | None) -> list[str]:
        """ "Talks took place between A and B", "a meeting was held between A and B": the parties
        of a meeting noun can hang on the verb that says it happened."""
        if gov is None or pos.dep_ not in ("nsubj", "nsubjpass") or pos.head.i != gov.i \
                or gov.lemma_.lower() not in TAKE_PLACE or self.lex.noun(tok.lemma_.lower()) is None:
            return []
        return [x for p in _prep_objects(gov, "between") for x in self.ctx.refs(p)]

    def _has_time(self, tok: Token) -> bool:
        return any(t.i in self.timex_at for t in tok.subtree)

    def _by_phone(self, tok: Token) -> bool:
        words = {t.lower_ for t in tok.subtree} | {c.lower_ for c in tok.children}
        if tok.head.i != tok.i:
            words |= {c.lower_ for c in tok.head.children}
        return bool(words & {"phone", "telephone", "video", "phoned", "telephoned", "videoconference"})

    def _recipient(self, tok: Token, trig: Trigger) -> list[str]:
        for spec in trig.recipient:
            found: list[str] = []
            if spec in ("dobj", "dative"):
                for c in tok.children:
                    if c.dep_ == spec:
                        found.extend(self.ctx.refs(c))
            elif spec in ("host", "between", "poss"):
                continue
            else:
                objs = _prep_objects(tok, spec)
                if not objs:
                    # "spoke by telephone with X": the preposition hangs under the medium;
                    # "severed ties with X": under the object
                    objs = [q for via in ("by", "via", "over") for m in _prep_objects(tok, via)
                            for q in _prep_objects(m, spec)]
                    held = [c for c in tok.children if c.dep_ == "dobj"]
                    held += [p for c in held for p in _prep_objects(c, "of")]   # "all of its border crossings"
                    objs = objs or [q for c in held if c.lemma_.lower() in TIES | CLOSABLE for q in _prep_objects(c, spec)]
                    if spec == "with" and not objs:
                        # "signed a memorandum of understanding with X": under the noun's complement
                        held += [p for p in _prep_objects(tok, "of")] if tok.pos_ == "NOUN" else []
                        objs = [q for c in held if c.dep_ == "pobj" for q in _prep_objects(c, spec)]
                for p in objs:
                    found.extend(self.ctx.refs(p))
            if found:
                # "held meetings with several leaders ..., including A, B and C"
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ == "including":
                        found.extend(x for p in c.children if p.dep_ == "pobj" for x in self.ctx.refs(p))
                return list(dict.fromkeys(found))
        return []

    def _visit(self, d: _Draft, tok: Token) -> None:
        """Visits: the host state is the recipient and the destination is the place."""
        if any(c.lower_ in ("back", "home") and c.dep_ in ("advmod", "prt", "npadvmod") and not list(c.children)
               for c in tok.children):
            d.actor = []   # "fly back to Washington", "return home": not a visit
            return
        dest: list[Token] = []
        objects: list[Token] = []
        for c in tok.children:
            if c.dep_ in ("dobj", "npadvmod") and tok.pos_ == "VERB":
                objects.extend(_conjuncts(c))
            if c.dep_ == "prep" and (c.lower_ in ("to", "in", "into", "at") or c.lower_ == d.trig.prep):
                for p in c.children:
                    if p.dep_ == "pobj":
                        dest.extend(_conjuncts(p))
            if c.dep_ == "compound" and tok.pos_ == "NOUN":
                dest.append(c)
        # "visited Japan"; but in "flew to Tokyo, the next stop of his tour" the object is no place
        dest = objects + dest if not dest or tok.lemma_.lower() in ("visit", "tour") else dest
        hosts: list[str] = []
        where: Where | None = None
        for t in dest:
            place = self.table.places.get(t.i)
            if place is None:
                for c in t.children:
                    if c.dep_ == "compound" and c.i in self.table.places:
                        place = self.table.places[c.i]
            actor = self.table.actor_of(t.i)
            if place is not None:
                iso = place[1]
                is_country = (actor is not None and actor.kind == "country") or t.i in self.table.place_countries
                where = where or Where(None if is_country else place[0], iso)
                hosts.append(self.ctx.country_actor(iso))
            elif actor is not None and actor.kind == "country" and actor.country:
                where = where or Where(None, actor.country)
                hosts.append(actor.id)
            elif actor is not None and actor.kind == "person" and actor.country:
                hosts.append(self.ctx.country_actor(actor.country))
            elif actor is None:
                # "arrived in the Vietnamese capital"
                for x in self.ctx.ref(t):
                    state = self.ctx.country_of(x)
                    if state:
                        hosts.append(self.ctx.country_actor(state))
                        where = where or Where(None, state)
                        break
        if hosts:
            d.recipient = list(dict.fromkeys(hosts))
            d.where = where
        elif d.recipient:
            d.recipient = [self.ctx.country_actor(c) for c in
                           dict.fromkeys(self.ctx.country_of(r) for r in d.recipient) if c]

    # ------------------------------------------------------------ attributes
    def _tour_of(self, tok: Token) -> tuple[list[str], bool] | None:
        """ "his trip to Asia, which includes stops in Malaysia and Japan": a stop's traveller is the
        trip's (its possessor, or the subject of the clause the trip belongs to), and the stops
        are still ahead when the trip is upcoming or only starting ("departed ... for his trip")."""
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_.lower() not in TOUR_VERBS or verb.dep_ != "relcl":
            return None
        trip: Token | None = verb.head
        for _ in range(3):
            if trip is None or trip.lemma_.lower() in TRIP_NOUNS:
                break
            trip = trip.head.head if trip.dep_ == "pobj" and trip.head.dep_ == "prep" else None
        if trip is None or trip.lemma_.lower() not in TRIP_NOUNS:
            return None
        owner = [x for c in trip.children if c.dep_ == "poss" for x in self.ctx.refs(c)]
        gov = trip.head.head if trip.dep_ == "pobj" else trip.head
        if not owner and gov.pos_ in ("VERB", "AUX"):
            owner = [x for c in gov.children if c.dep_ == "nsubj" for x in self.ctx.refs(c)]
        ahead = gov.lemma_.lower() in DEPARTURE_VERBS or any(
            c.dep_ == "amod" and c.lower_ in PLANNED_ADJ for c in trip.children)
        return owner, ahead

    def _spoken_for(self, person: str) -> str | None:
        """The group or organization a spokesperson speaks for, when the title names it ("Houthi
        spokesman", "Hamas spokeswoman"): the group, not its voice, takes the position."""
        words = [w.lower() for t in self.table.get(person).titles if SPOKESPERSON.search(t)
                 for w in re.findall(r"[\w'-]+", t) if not SPOKESPERSON.fullmatch(w)]
        for a in self.table.actors:
            name = a.name.lower().removeprefix("the ")
            if a.kind in ("group", "organization") and a.mentions and any(name in (w, w + "s", w + "es") for w in words):
                return a.id
        return None

    def _finish(self, d: _Draft) -> None:
        if d.type in SPEECH_TYPES:
            for a in list(d.actor):
                if self.table.get(a).kind == "person" and (body := self._spoken_for(a)) is not None and body not in d.actor:
                    d.actor.append(body)
        tour = self._tour_of(d.tok) if d.type == "CONSULT" and d.mode == "visit" else None
        if tour is not None:
            d.actor = d.actor or tour[0]
            if tour[1]:
                d.status = "planned"
        d.recipient = [r for r in d.recipient if r not in d.actor]
        if not d.recipient and d.actor and d.type in ("ASSAULT", "COERCE") and d.tok.pos_ == "VERB":
            d.recipient = self._target_state(d)
        if not d.recipient and d.actor and d.type == "ASSAULT":
            d.recipient = self._struck_place(d)
        if d.type == "CONSULT" and d.mode != "visit" and d.recipient and not d.actor and self.visitors:
            hosts = {self.ctx.country_of(r) for r in d.recipient}
            visitor = next((v for v, host in reversed(self.visitors) if host in hosts), None)
            if visitor:
                d.actor = [visitor]   # "meetings will be held in Hanoi with Trong" during Putin's visit
        if d.type == "CONSULT" and d.mode == "visit" and d.actor and not d.recipient and len(self.ctx.dyad) == 2 \
                and d.tok.lemma_.lower() not in ("tour", "stop") \
                and (d.tok.pos_ == "VERB" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in d.tok.children)):
            d.recipient = self.ctx.other_side(d.actor)   # "a visit from U.S. Secretary of State Marco Rubio"
            if d.recipient:
                d.confidence = min(d.confidence, 0.45)
        if not d.recipient and d.actor and d.type in SPEECH_TYPES:
            d.recipient = self._counterpart(d)
        weak = d.tok.lemma_.lower() in WEAK_TRIGGERS and not (
            d.tok.lemma_.lower() == "deny" and any(c.dep_ == "ccomp" for c in d.tok.children))
        if not d.recipient and d.actor and d.type in IMPLICIT_TARGET and len(self.ctx.dyad) == 2 and not weak \
                and not any(c.dep_ == "dobj" and not self.ctx.ref(c) and c.lemma_.lower() not in SPEECH_NOUNS
                            for c in d.tok.children if d.tok.pos_ == "VERB"):
            # a warning or demand with no addressee named is aimed at the other state of the
            # article's main pair ("Trump has warned of military action if the talks fail")
            d.recipient = self.ctx.other_side(d.actor)
            if d.recipient:
                d.confidence = min(d.confidence, 0.45)
        has_object = d.tok.pos_ == "VERB" and any(c.dep_ in ("dobj", "dative") for c in d.tok.children) and \
            d.type not in ("CONSULT", "AGREE", "RETREAT")
        mutual = any(t.lower_ in ("each", "one") and t.head.lower_ in ("other", "another") or t.lower_ == "mutual"
                     for t in d.tok.subtree) or (   # "each country blames the other"
            any(c.dep_ == "dobj" and c.lower_ == "other" for c in d.tok.children)
            and any(t.lower_ == "each" for c in d.tok.children if c.dep_ == "nsubj" for t in c.subtree))
        if not d.recipient and len(d.actor) >= 2 and d.mode != "visit" and \
                ((d.type in MUTUAL_TYPES and not has_object) or mutual):
            # "X and Y met": one side acts, the others are its counterparts
            d.actor, d.recipient = d.actor[:1], d.actor[1:]
            if d.type == "CONSULT" and d.mode is None and not self._separately(d.tok) \
                    and len({self.ctx.country_of(a) or a for a in d.actor + d.recipient}) >= 3:
                d.mode = "multilateral"   # "A, B and C met": one meeting of three, not three meetings
        if d.type == "CONSULT" and d.mode is None and len({self.ctx.country_of(a) or a for a in d.actor + d.recipient}) >= 3 \
                and any(w.lower_ in JOINT_MEETING for w in d.tok.subtree if w.i <= d.tok.i + 1 or w.head.i == d.tok.i) \
                and not self._separately(d.tok):
            d.mode = "multilateral"   # "held a trilateral meeting with A and B"
        # a stop of a tour takes no date from the clause that tells of the whole trip
        d.when = None if tour is not None else self._when(d)
        if d.where is None:
            d.where = self._where(d)
        d.symmetric = d.type in ("CONSULT",) and d.mode != "visit"
        if d.mode == "multilateral" and d.recipient and len(set(d.actor + d.recipient)) == 2 \
                and not all(self.table.get(r).kind == "organization" for r in d.recipient):
            d.mode = None   # a summit of two is a bilateral meeting (one with a bloc's members is not)
        if d.type == "THREATEN" and d.status == "planned" and d.tok.dep_ == "xcomp" and \
                forms(d.tok.head) & {"vow", "pledge", "promise", "threaten", "warn", "swear"}:
            d.status = "occurred"   # "vowed to retaliate": the threat is made, not planned
        if d.type == "REJECT" and d.status == "planned" and d.tok.pos_ == "VERB":
            told = d.tok
            while told.dep_ == "conj" and told.head.i != told.i:
                told = told.head
            if told.dep_ == "ccomp" and forms(told.head) & REPORTING and _aux_words(told) & WILL:
                d.status = "occurred"   # "said it will refuse any contact": the refusal is made as it is said
        if d.status == "occurred" and d.when is not None and self.dct is not None and d.when.start > self.dct:
            d.status = "planned"   # a dated act after the reference date has not happened yet
        if d.type == "CONSULT" and d.mode is None and d.where is not None and d.actor and d.recipient:
            sides = [{self.ctx.country_of(a) for a in d.actor}, {self.ctx.country_of(r) for r in d.recipient}]
            if None not in sides[0] | sides[1] and d.where.country not in sides[0] | sides[1]:
                d.mode = "third-party"

    def _counterpart(self, d: _Draft) -> list[str]:
        """A position taken during a meeting is addressed to the other side of that meeting:
        "held talks with Modi, pressing for ...", "met Lavrov and conveyed ...", "a meeting with
        Rubio in which Washington demanded ..."."""
        verb = d.tok if d.tok.pos_ == "VERB" else d.governor
        if verb is None:
            return []
        heads = {verb.i}
        if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            heads.add(verb.head.i)
        meetings: set[int] = set()
        if verb.dep_ == "relcl":
            t = verb.head   # (the parser may hang "in which" on the counterpart's name)
            for _ in range(3):
                meetings.add(t.i)
                if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:
                    break
                t = t.head
        mine = {self.ctx.country_of(a) for a in d.actor} - {None}
        for x in reversed(self.drafts):
            if x.type != "CONSULT" or x.mode == "visit" or not x.actor or not x.recipient or x.tok.i == d.tok.i \
                    or x.mode == "multilateral" and all(self.table.get(r).kind == "organization" for r in x.recipient):
                continue   # (a bloc's summit is no counterpart to address)
            held = x.tok.i in meetings or (
                x.governor is not None and x.governor.i in heads and x.governor.i != x.tok.i) or x.tok.i in heads
            if not held:
                continue
            sides = [x.actor, x.recipient]
            for mine_side, other in (sides, sides[::-1]):
                if set(d.actor) & set(mine_side) or mine & {self.ctx.country_of(a) for a in mine_side}:
                    return [r for r in other if r not in d.actor and self.ctx.country_of(r) not in mine]
        return []

    def _timex_for(self, d: _Draft) -> tuple[Timex | None, WhenBasis]:
        heads = [d.tok]
        pos = _position(d.tok, d.type == "CONSULT")
        argument = pos.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") or (
            pos.dep_ == "pobj" and pos.head.head.pos_ in ("VERB", "AUX")) or (
            d.type == "CONSULT" and pos.dep_ == "pobj" and pos.head.lower_ in ("at", "during"))
        if d.governor is not None and d.governor.i != d.tok.i and (d.tok.pos_ == "VERB" or argument):
            heads.append(d.governor)
        if d.tok.dep_ == "conj" and d.tok.head.pos_ in ("VERB", "AUX") and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in d.tok.children):
            heads.append(d.tok.head)   # "will visit Washington next week and meet Rubio"
        if d.tok.pos_ == "NOUN":
            # "a meeting of the council, which is expected on Friday"; "a tariff of 25 percent on
            # cars set to take effect on August 1", the parser hanging the participle on the
            # last noun of the phrase and its infinitive as a clause of its own
            sets = [c for h in _phrase_nouns(d.tok) for c in h.children
                    if c.dep_ in ("relcl", "acl") and forms(c) & {"expect", "schedule", "set", "slate", "due"}]
            heads += sets + [g for c in sets for g in c.children if g.dep_ in ("xcomp", "advcl")
                             and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)]
        gov = d.governor
        if d.tok.pos_ != "VERB" and gov is not None and gov.i in {h.i for h in heads} and gov.dep_ == "conj" \
                and gov.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children):
            heads.append(gov.head)   # "this month stood beside him at a parade and held a meeting with him"
        for head in heads:
            best: tuple[int, Timex] | None = None
            for t in _clause_tokens(head, own=head.i == d.tok.i and d.tok.pos_ == "VERB"):
                tx = self.timex_at.get(t.i)
                if tx is None or tx.begin is None or not self._datable(tx) or tx.end <= self.dateline_end:
                    continue   # (the dateline's date is the day of writing, not the act's)
                dist = abs(t.i - d.tok.i) + (50 if _clock_only(tx) else 0)
                if best is None or dist < best[0]:
                    best = (dist, tx)
            if best:
                return best[1], self._telling_basis(d, best[1])
        # what a speaker said or decided takes the day of the saying ("said Thursday it had
        # decided to suspend ..."); acts told in an "as"/"when" clause share the main clause's day
        v: Token | None = d.tok if d.tok.pos_ in ("VERB", "AUX") else d.governor
        announced = d.type in SPEECH_TYPES or d.type == "AID" and d.status == "planned"   # "will provide aid, X said"
        if v is not None and announced:
            # a closing attribution the parser hangs on the reported verb ("Japan will provide aid
            # to Nepal, Hayashi said on Monday") dates it as a governing "said" would
            said = next((c for c in v.children if c.dep_ in ("conj", "advcl", "parataxis") and c.i > v.i
                         and c.lemma_.lower() in REPORTING and not any(x.dep_ == "ccomp" for x in c.children)
                         and any(x.dep_ == "nsubj" for x in c.children)), None)
            if said is not None:
                tx = self._nearest_timex(said, d.tok)
                if tx is not None:
                    return tx, "context" if v.i == d.tok.i and _told_past(v) else "stated"
        for _ in range(4):
            if v is None or v.head.i == v.i:
                break
            up = v.head
            if v.dep_ == "ccomp" and up.lemma_.lower() in REPORTING | {"decide", "vote"} and announced:
                # a past act told ("said on Friday it summoned the ambassador") is not dated by
                # the telling, only placed before it; what is said or decided then is
                told = v.i == d.tok.i and _told_past(v)
                return self._nearest_timex(up, d.tok), "context" if told else "stated"
            if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "when", "while") for c in v.children):
                return self._nearest_timex(up, d.tok), "stated"
            if v.dep_ == "acl" and up.dep_ == "dobj" and up.head.pos_ == "VERB":
                return self._nearest_timex(up.head, d.tok), "stated"   # "took action on Monday to suspend Niger"
            if v.dep_ not in ("xcomp", "conj"):
                break
            v = up
        return None, "stated"

    def _datable(self, tx: Timex) -> bool:
        """A date or time, or a span of time that the tagger anchored at the reference date ("in
        the coming days", "within three months", "in recent months"); not one it placed far off
        ("the first visit in 24 years" is no date in 2048)."""
        if tx.type in ("DATE", "TIME"):
            return True
        if tx.type != "DURATION" or tx.begin is None or self.dct is None:
            return False
        return min(abs((tx.begin - self.dct).days), abs(((tx.until or tx.begin) - self.dct).days)) <= 1

    def _teller_of(self, tx: Timex) -> Token | None:
        """The reporting verb a timex hangs on ("said on Monday"), if any."""
        span = self.doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            return None
        v = span.root
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        return v if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in REPORTING else None

    def _telling_basis(self, d: _Draft, tx: Timex) -> WhenBasis:
        """ "Argentina said on Tuesday it summoned the ambassador": a date between the reporting
        verb and the reported clause's subject (which the parser may hang on either) dates the
        telling. A past act told is only placed before it, so its date is carried, not stated."""
        v = d.tok
        if v.dep_ != "ccomp" or v.head.lemma_.lower() not in REPORTING or not _told_past(v):
            return "stated"
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not v.head.idx < tx.start < subj.idx:
            return "stated"
        return "context"

    def _nearest_timex(self, head: Token, anchor: Token) -> Timex | None:
        best: tuple[int, Timex] | None = None
        for t in _clause_tokens(head):
            tx = self.timex_at.get(t.i)
            if tx is None or tx.begin is None or tx.type not in ("DATE", "TIME"):
                continue
            dist = abs(t.i - anchor.i) + (50 if _clock_only(tx) else 0)
            if best is None or dist < best[0]:
                best = (dist, tx)
        return best[1] if best else None

    def _simultaneous(self, d: _Draft) -> When | None:
        """ "The talks also coincided with North Korea's launch of a missile": an act that
        coincides with one already dated happened then too."""
        gov = d.governor
        if d.tok.pos_ not in ("NOUN", "PROPN") or gov is None or gov.lemma_.lower() not in ("coincide", "overlap"):
            return None
        subj = [c for c in gov.children if c.dep_ == "nsubj"]
        noun = self.lex.noun(subj[0].lemma_.lower()) if subj else None
        if noun is None:
            return None
        return next((x.when for x in reversed(self.drafts) if x.type == noun.type and x.mode == noun.mode
                     and x.when is not None and x.status == d.status), None)

    def _when(self, d: _Draft) -> When | None:
        same = self._simultaneous(d)
        if same is not None:
            return dataclasses.replace(same, basis="context")
        tx, basis = self._timex_for(d)
        edge = None
        if tx is not None and d.tok.pos_ in ("NOUN", "PROPN") and d.tok.dep_ == "nsubj" \
                and d.tok.head.lemma_.lower() in EDGE_VERBS:
            edge = EDGE_VERBS[d.tok.head.lemma_.lower()]   # "the two-day summit ends on Sunday"
        if tx is None or tx.begin is None:
            tx, edge = self._edge_day(d)
        if tx is None or tx.begin is None:
            setting = self._setting(d) or self._offset_from_main(d) or self._around_occasion(d)
            if setting is not None:
                return setting
        if (tx is None or tx.begin is None) and d.status == "occurred":
            tx, basis = self._recent_day(d.tok.sent, d.tok), "context"
        if tx is None or tx.begin is None:
            if self.dct is not None and d.status == "occurred" and self._reported_as_news(d):
                return When(self.dct, self.dct, None, "published")
            return None
        if self.dct is not None:
            from communique.time import resolve_for_tense

            tense: Tense = "future" if d.status in ("planned", "possible") else "present"
            verb = d.tok if d.tok.pos_ in ("VERB", "AUX") else d.governor
            if d.status in ("occurred", "denied") and verb is not None and (
                    verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)):
                tense = "past"   # an explicit past; without one, the nearest reading wins
            if d.status == "denied" and any(c.lower_ in ("will", "wo") for c in d.tok.children):
                tense = "future"
            if self._scheduled(d, tx):
                tense = "future"   # "canceled a meeting set to be held on Friday"
            teller = self._teller_of(tx)
            if teller is not None and (verb is None or teller.i != verb.i) and _told_past(teller):
                tense = "past"   # the day of a past telling ("will provide aid, X said on Monday")
            if tense == "present" and d.status == "occurred":
                # no explicit tense on an act reported as done: the past reading, unless it is
                # far off and a near one exists ("the meeting in Johannesburg on February 20-21")
                past = resolve_for_tense(tx, self.dct, "past")
                near = resolve_for_tense(tx, self.dct, "present")
                far = past.begin is not None and (self.dct - past.begin).days > 60
                tx = near if far and near.begin is not None and abs((near.begin - self.dct).days) <= 60 else past
            else:
                tx = resolve_for_tense(tx, self.dct, tense)
        if tx.begin is None:
            return None
        until = tx.until or tx.begin
        days = self._span_days(d)
        if edge == "end":
            if not days:
                return None   # "a visit that ends on Wednesday" with no length: its start is unknown
            return When(until - dt.timedelta(days=days - 1), until, tx.text, basis)
        if days and until == tx.begin:
            until = tx.begin + dt.timedelta(days=days - 1)   # "a two-day visit starting June 19"
        begin = tx.begin
        if d.status in ("planned", "possible") and tx.vague and self.dct is not None and begin < self.dct < until:
            begin = self.dct   # "wants to meet him this year": what is still to come is not behind us
        return When(begin, until, tx.text, basis)

    def _scheduled(self, d: _Draft, tx: Timex) -> bool:
        """Whether ``tx`` lies in a clause of the event noun that schedules it ("a negotiation set
        to be held on Friday", "talks scheduled for Monday"): a day still ahead when it was set,
        whatever the tense of the verb that governs the noun."""
        if d.tok.pos_ not in ("NOUN", "PROPN"):
            return False
        span = self.doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            return False
        for a in span.root.ancestors:
            if a.i == d.tok.i:
                return False
            if a.dep_ in ("acl", "relcl") and a.head.i == d.tok.i:
                return bool(forms(a) & SCHEDULING)
        return False

    def _setting(self, d: _Draft) -> When | None:
        """An undated act placed in an occasion told before takes that occasion's date
        (guidelines: a demand made "during the talks" takes the talks' date): "on the sidelines
        of the summit", "on the margins", "during his visit", "through their phone call"; and
        "at the time" refers back to the last past date the text gave."""
        heads = [d.tok] + ([d.governor] if d.governor is not None and d.governor.i != d.tok.i else [])
        for head in heads:
            for prep in _clause_tokens(head):
                if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj" or obj.i == d.tok.i:
                        continue
                    lemma = obj.lemma_.lower()
                    dets = {c.lower_ for c in obj.children if c.dep_ in ("det", "poss")}
                    if prep.lower_ == "at" and lemma == "time" and dets & {"the", "that"} \
                            and len(list(obj.children)) == 1:
                        return self._time_before(d)
                    if lemma in ("sideline", "sidelines", "margin", "margins"):
                        of = next((x for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                                   for x in c.children if x.dep_ == "pobj"), None)
                        return self._occasion_when(d, of)
                    if prep.lower_ in OCCASION_PREPS and dets and not dets & {"a", "an", "another", "no"} \
                            and self.lex.noun(lemma) is not None \
                            and not any(t.i in self.timex_at for t in obj.subtree):
                        when = self._occasion_when(d, obj)
                        trig = self.lex.noun(lemma)
                        if when is None and trig is not None and trig.mode == "visit" and d.status in ("planned", "possible"):
                            self.during_trip.append(d)
                        return when
        return None

    def _occasion_when(self, d: _Draft, occasion: Token | None, besides: frozenset[int] = frozenset()) -> When | None:
        """The date of the last dated act before ``d`` that ``occasion`` names again ("the
        summit", "his trip"); with no occasion named ("on the sidelines"), the last meeting.
        Acts told by the tokens ``besides`` (the clause of ``d`` itself) are not the occasion."""
        name = occasion.lemma_.lower() if occasion is not None else None
        trig = self.lex.noun(name) if name is not None else None
        if name is not None and trig is None:
            return None
        for x in reversed(self.drafts):
            if x.when is None or x.tok.i >= d.tok.i or x.tok.i in besides:
                continue
            if d.status == "occurred" and self.dct is not None and x.when.start > self.dct:
                continue   # a done act was not part of an occasion still ahead
            # a gathering is everyone's occasion; a meeting or visit is that of the act's parties
            shared = bool(set(x.actor + x.recipient) & set(d.actor + d.recipient)) or (
                x.mode == "multilateral" and (name is None or trig is not None and trig.mode == "multilateral"
                                              or x.tok.lemma_.lower() == name))
            if not shared:
                continue
            if trig is None:
                if x.type != "CONSULT" or x.mode == "visit":
                    continue
            elif x.tok.lemma_.lower() != name and (x.type, x.mode) != (trig.type, trig.mode):
                continue
            if x.mode == "visit":
                if not set(x.actor) & set(d.actor + d.recipient):
                    continue   # "during his visit": the visit of one of the act's parties
                if x.when.start == x.when.end and x.tok.lower_ in ARRIVALS:
                    continue   # an arrival's day is not the whole visit
            return dataclasses.replace(x.when, basis="context")
        return None

    def _offset_from_main(self, d: _Draft) -> When | None:
        """ "held on Sunday, a day after the two sides agreed to stop firing", "hours after Trump
        ordered tariffs", "two days before the summit opened": an act told in an "after" or
        "before" clause measured in hours, days or weeks lies that far from the main clause's
        day."""
        v = d.tok if d.tok.pos_ in ("VERB", "AUX") else d.governor
        if self.dct is None or v is None or v.dep_ != "advcl" or v.head.pos_ not in ("VERB", "AUX"):
            return None
        mark = next((c.lower_ for c in v.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        gap = next((c for c in v.children if c.dep_ == "npadvmod" and c.i < v.i
                    and c.lemma_.lower() in OFFSET_UNITS), None)
        if mark is None or gap is None:
            return None
        count = next((NUMBER_WORDS.get(c.lower_) for c in gap.children if c.dep_ in ("nummod", "det")), None)
        if count is None:
            count = 1 if gap.tag_ == "NN" else None
        days = OFFSET_UNITS[gap.lemma_.lower()] * count if count is not None else \
            (0 if OFFSET_UNITS[gap.lemma_.lower()] == 0 else None)   # "hours after": the same day
        main = self._nearest_timex(v.head, v.head)
        if days is None or main is None or main.begin is None:
            return None
        from communique.time import resolve_for_tense

        main = resolve_for_tense(main, self.dct, "past" if _told_past(v.head) else "future")
        if main.begin is None or (main.until or main.begin) != main.begin:
            return None
        day = main.begin + dt.timedelta(days=-days if mark == "after" else days)
        return When(day, day, main.text, "context")

    def _around_occasion(self, d: _Draft) -> When | None:
        """An act placed before or after an occasion the story has dated: "a day after the
        summit" that far from it; "in the days before the summit" the few days up to it (three)
        and "in the hours before" its eve and day; an act still ahead "before the trip" or
        "ahead of the summit" between the reference date and the occasion's first day."""
        if self.dct is None:
            return None
        v = d.tok if d.tok.pos_ in ("VERB", "AUX") else d.governor
        heads = [d.tok]
        for _ in range(3):   # up through "is set to visit", "to meet" and "and meet"
            if v is None:
                break
            heads.append(v)
            if not (v.dep_ == "xcomp" or v.dep_ in ("advcl", "conj") and v.tag_ == "VB"
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children)):
                break
            v = v.head
        for head in dict.fromkeys(heads):
            for prep in head.children:
                if prep.dep_ != "prep":
                    continue
                span: Token | None = None   # "in the days before ...": the days
                if prep.lower_ in ("in", "during", "over"):
                    span = next((o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in ("day", "hour")
                                 and o.tag_ == "NNS"), None)
                    inner = next((c for c in span.children if c.dep_ == "prep"), None) if span is not None else None
                    if inner is None:
                        continue
                    prep = inner
                mark = prep.lower_
                if mark in ("ahead", "prior"):
                    prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ in ("of", "to")), prep)
                    mark = "before"
                if mark not in ("before", "after"):
                    continue
                obj = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
                when = self._occasion_when(d, obj, frozenset(h.i for h in heads)) \
                    if obj is not None and self.lex.noun(obj.lemma_.lower()) else None
                if when is None:
                    continue
                gap = next((c for c in prep.children if c.dep_ == "npadvmod" and c.lemma_.lower() in OFFSET_UNITS), None)
                if gap is not None and span is None:
                    count = next((NUMBER_WORDS.get(c.lower_) for c in gap.children if c.dep_ in ("nummod", "det")), None)
                    if count is None:
                        return None
                    days = OFFSET_UNITS[gap.lemma_.lower()] * count
                    day = when.start - dt.timedelta(days=days) if mark == "before" else when.end + dt.timedelta(days=days)
                    return When(day, day, when.text, "context")
                if span is not None:
                    width = 3 if span.lemma_.lower() == "day" else 1
                    if mark == "before":
                        return When(when.start - dt.timedelta(days=width), when.start, when.text, "context")
                    return When(when.end, when.end + dt.timedelta(days=width), when.text, "context")
                if mark == "before" and d.status in ("planned", "possible") and when.start >= self.dct:
                    return When(self.dct, when.start, when.text, "context")
        return None

    def _time_before(self, d: _Draft) -> When | None:
        """ "at the time": the last date before the act, a few sentences back at most, that lies
        wholly in the past."""
        if self.dct is None:
            return None
        seen = sorted({id(tx): tx for tx in self.timex_at.values()}.values(), key=lambda tx: -tx.start)
        for tx in seen:
            if tx.start >= d.tok.idx or tx.end <= self.dateline_end or d.tok.idx - tx.start > 600:
                continue
            if tx.type == "DATE" and tx.begin is not None and tx.until is not None and tx.until < self.dct:
                return When(tx.begin, tx.until, tx.text, "context")
        return None

    def _edge_day(self, d: _Draft) -> tuple[Timex | None, str | None]:
        """ "a three-day visit that ends on Wednesday", "talks beginning Monday": the day a
        clause about the event's start or end names."""
        if d.tok.pos_ not in ("NOUN", "PROPN"):
            return None, None
        for c in d.tok.children:
            lemma = c.lemma_.lower()
            if c.dep_ not in ("relcl", "acl") or lemma not in EDGE_VERBS:
                continue
            tx = self._nearest_timex(c, c)
            if tx is not None and tx.begin is not None:
                return tx, EDGE_VERBS[lemma]
        return None, None

    def _span_days(self, d: _Draft) -> int | None:
        """The length an event's own words give it: "a three-day visit", "two days of talks"."""
        words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5}
        if d.tok.lemma_.lower() in ("arrive", "land", "reach"):
            return None   # an arrival is the day it happened, whatever the length of the stay
        nouns = [d.tok] + [p for c in d.tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
                           and p.lemma_.lower() in ("visit", "trip", "tour", "talks", "summit")]
        for n in nouns:
            for c in n.children:
                m = re.match(r"^(\w+)-day$", c.text.lower()) if c.dep_ in ("amod", "compound", "nmod") else None
                if m is None and c.dep_ in ("amod", "compound", "nmod") and c.lower_ == "day":
                    m = next((re.match(r"^(\w+)$", g.lower_) for g in c.children if g.lower_ in words), None)
                if m and m.group(1) in words:
                    return words[m.group(1)]
        return None

    def _recent_day(self, sent: Sentence, anchor: Token | None = None) -> Timex | None:
        """The one recent day a sentence names, for an act of that sentence that has no date of its
        own ("China summoned Japan's ambassador ... after Tokyo began discharging ... on Thursday").
        A day inside a clause that modifies a noun ("Wong, who arrived late Sunday, also called
        on ...", "the coup that ousted him on Wednesday") dates that clause, not ``anchor``."""
        if self.dct is None:
            return None
        days = {(tx.begin, tx.until) : tx for i in range(sent.start, sent.end) if (tx := self.timex_at.get(i)) is not None
                and tx.type == "DATE" and tx.begin is not None and tx.until is not None and tx.end > self.dateline_end
                and tx.until == tx.begin and 0 <= (self.dct - tx.begin).days <= 7
                and (anchor is None or not _in_noun_clause(self.doc[i], anchor))}
        return next(iter(days.values())) if len(days) == 1 else None

    def _reported_as_news(self, d: _Draft) -> bool:
        """A present-perfect statement in the article's opening sentences is today's news
        ("North Korea has launched a ballistic missile"): it takes the publication date."""
        verb = d.tok if d.tok.pos_ == "VERB" else d.governor
        if verb is None:
            return False
        sents = self.body_sentences
        if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
            if any(c.dep_ == "advmod" and c.lower_ in ("now", "just") for c in verb.children):
                return True   # "has now arrived", "has just signed": today's news wherever it is told
            return any(s.start <= d.tok.i < s.end for s in sents[:3])
        # the lead sentence's past-tense act with no day given is the day's news
        return verb.tag_ == "VBD" and bool(sents) and sents[0].start <= d.tok.i < sents[0].end

    def _where(self, d: _Draft) -> Where | None:
        """The place in the act's own clause ("met in Seoul", "in the Ethiopian capital"); the
        infinitive complement's place is the planned act's ("agreed to meet in Canberra")."""
        summons = d.type == "ACCUSE" and _summons(d.tok)
        if d.type not in ("CONSULT", "AGREE", "ASSAULT", "MOBILIZE", "COERCE", "PROTEST", "RETREAT") and not summons:
            return None
        heads = [d.tok] + ([d.governor] if d.governor is not None and d.governor.i != d.tok.i else [])
        for head in heads:
            own = head.i == d.tok.i and d.tok.pos_ == "VERB"
            for t in sorted(_clause_tokens(head, own=own), key=lambda t: abs(t.i - d.tok.i)):
                if t.dep_ != "pobj" or t.head.lower_ not in ("in", "at"):
                    continue
                place = self.table.places.get(t.i)
                if place:
                    return Where(None if t.i in self.table.place_countries else place[0], place[1])
                if t.lemma_.lower() in ("capital", "city", "port", "region", "province", "border"):
                    for c in t.children:
                        if c.dep_ == "appos" and c.i in self.table.places:
                            name, state = self.table.places[c.i]   # "in the Chinese capital, Beijing"
                            return Where(None if c.i in self.table.place_countries else name, state)
                    for p in _prep_objects(t, "of"):
                        # "in the Thai capital of Bangkok", "in Saudi Arabia's city of Jeddah"
                        words = [c for c in p.children if c.dep_ == "compound" and c.i < p.i]
                        name = self.doc[min([p.i] + [c.i for c in words]):p.i + 1].text
                        entry = self.res.gazetteer.place(name)
                        iso = entry.iso3 if entry is not None else self.res.gazetteer.country_of_capital(name)
                        if iso:
                            return Where(name, iso)
                    for c in t.children:
                        iso = self.res.gazetteer.country_of_demonym(c.text) if c.dep_ == "amod" else None
                        if iso:
                            return Where(None, iso)   # "in the Ethiopian capital"
        if d.type == "CONSULT":
            there = self._there(d)
            if there is not None:
                return there
        if d.type == "ASSAULT" or (d.type == "COERCE" and d.tok.lemma_.lower() in INCURSIONS):
            # an attack happens where it hits: the place struck, else the state attacked (but
            # drones or missiles shot down are hit over the defender's own ground); an
            # incursion, in the state whose airspace or waters it enters
            hit = self._struck(d) if d.type == "ASSAULT" else None
            mine = {self.ctx.country_of(a) for a in d.actor}
            target = [self.ctx.country_of(r) for r in d.recipient if self.table.get(r).kind in ("country", "group")]
            if hit is None and target and target[0] and target[0] not in mine and None not in mine \
                    and d.tok.lemma_.lower() not in INTERCEPTS:
                hit = Where(None, target[0])
            if hit is not None:
                return hit
        if summons:
            # an envoy is summoned to the foreign ministry of the state that summons them
            home = [c for c in (self.ctx.country_of(a) for a in d.actor) if c]
            if home:
                return Where(None, home[0])
        return None

    def _target_state(self, d: _Draft) -> list[str]:
        """ "India struck what it called terrorist infrastructure inside Pakistan": the state
        named in the object phrase of an attack is its target."""
        mine = {self.ctx.country_of(a) for a in d.actor}
        for c in d.tok.children:
            if c.dep_ not in ("dobj", "ccomp", "xcomp"):
                continue
            for t in c.subtree:
                ids = [self.table.by_token[t.i]] if t.i in self.table.by_token else \
                    self.ctx.ref(t) if t.i in self.table.place_countries else []
                for x in ids:
                    if self.table.get(x).kind == "country" and self.ctx.country_of(x) not in mine:
                        return [x]
        return []

    def _there(self, d: _Draft) -> Where | None:
        """ "after meeting Lula there on Wednesday": the place last named before the sentence;
        "a meeting with his Argentine host": the host's state."""
        heads = [d.tok] + ([d.governor] if d.governor is not None and d.governor.i != d.tok.i else [])
        clause = [t for h in heads for t in _clause_tokens(h, own=h.i == d.tok.i and d.tok.pos_ == "VERB")]
        there = [t for t in clause if t.lower_ == "there" and t.dep_ == "advmod"]
        if there:
            # the nearest place named before it, in its sentence or the one before
            sent = there[0].sent
            start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            before = [i for i in self.table.places if start <= i < there[0].i and self.doc[i].dep_ == "pobj"
                      and self.doc[i].head.lower_ in ("in", "at", "to", "from")]
            if before:
                name, iso = self.table.places[max(before)]
                return Where(None if max(before) in self.table.place_countries else name, iso)
        for t in clause:
            if t.lemma_.lower() == "host" and t.dep_ in ("pobj", "dobj", "appos") and t.i != d.tok.i:
                states = [self.ctx.country_of(x) for x in self.ctx.refs(t)] + [
                    self.res.gazetteer.country_of_demonym(c.text) for c in t.children if c.dep_ == "amod"]
                for state in states:
                    if state:
                        return Where(None, state)
        return None

    def _struck_place(self, d: _Draft) -> list[str]:
        """ "carried out air strikes near Damascus", "struck energy facilities in Lviv": the state
        of the place an attack hits, when it is not the attacker's own."""
        hit = self._struck(d)
        return [self.ctx.country_actor(hit.country)] if hit is not None else []

    def _struck(self, d: _Draft) -> Where | None:
        """The foreign place an attack hits, named in its object or a place phrase."""
        mine = {self.ctx.country_of(a) for a in d.actor}
        pos = _position(d.tok)
        carried = d.governor is not None and pos.dep_ == "dobj" and pos.head.i == d.governor.i
        heads = [d.tok] + ([d.governor] if carried and d.governor is not None else [])
        for head in heads:
            for c in head.children:
                if not ((c.dep_ == "dobj" and head.i == d.tok.i) or (c.dep_ == "prep" and c.lower_ in STRUCK_PREPS)):
                    continue
                for t in c.subtree:
                    place = self.table.places.get(t.i)
                    iso = place[1] if place is not None else self.res.gazetteer.country_of_demonym(t.text) \
                        if t.dep_ == "amod" and t.head.lemma_.lower() in PLACE_NOUNS else None
                    if iso is not None and iso not in mine:
                        # (or "the Ukrainian city of ...")
                        named = place is not None and t.i not in self.table.place_countries
                        return Where(place[0] if named and place is not None else None, iso)
        return None

    def _response(self, tok: Token, trig: Trigger) -> _Draft | None:
        """A promised response is a threat: "said it would respond to any attack", "has vowed to
        retaliate for the barrage Iran fired", "was fully prepared to respond". A response told as
        done ("responded by raising tariffs") is not; the act it names is coded on its own."""
        status = clause_status(tok, "THREATEN")
        promised = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PROMISES
        if (status == "occurred" and not promised) or status == "denied":
            return None   # ("did not respond to a request for comment")
        warning = self.lex.verb(tok.head.lemma_.lower(), set()) if tok.dep_ == "ccomp" else None
        if warning is not None and warning.type == "THREATEN":
            return None   # "warned that Israel would respond": the warning is the threat
        if status == "planned" or promised:
            status = "occurred"   # the threat is made when it is uttered
        actor = _subject(tok, self.ctx)[0]
        mine = {self.ctx.country_of(a) for a in actor}
        recipient: list[str] = []
        for prep in ("to", "for", "against"):
            for p in _prep_objects(tok, prep):
                recipient += [r for r in self.ctx.refs(p) or self._offender(p) if self.ctx.country_of(r) not in mine]
        if not recipient and not (self.drafts and self.drafts[-1].type == "CONSULT"):
            # a response answers the last act reported between two sides (a meeting is no such act)
            recipient = [x for x in self.ctx.last_pair if x not in actor and self.ctx.country_of(x) not in mine] \
                if mine & {self.ctx.country_of(x) for x in self.ctx.last_pair} else []
        if not recipient:
            recipient = self.ctx.other_side(actor)
        return _Draft(trig, tok, tok, actor, list(dict.fromkeys(recipient)), status, None, confidence=0.5)

    def _closure(self, verb: Token) -> bool:
        """"Closed its border crossings with Belarus", "closed its airspace to Russian planes"."""
        objs = [x for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for x in _conjuncts(c)]
        objs += [p for o in objs if o.lemma_.lower() in ("all", "some", "most") for c in o.children
                 if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return any(o.lemma_.lower() in CLOSABLE or any(c.lemma_.lower() in CLOSABLE for c in o.children if c.dep_ == "compound")
                   for o in objs)

    def _offender(self, noun: Token) -> list[str]:
        """Who commits what a noun names: "any violation by Hezbollah", "the missiles Iran fired"."""
        for p in _prep_objects(noun, "by"):
            return self.ctx.refs(p)
        for c in noun.children:
            if c.dep_ == "poss":
                return self.ctx.refs(c)
            if c.dep_ in ("relcl", "acl"):
                subj = [g for g in c.children if g.dep_ == "nsubj" and g.lower_ not in RELATIVES]
                if subj:
                    return self.ctx.refs(subj[0])
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return [x for p in c.children if p.dep_ == "pobj" for x in self._offender(p)]
        return []

    def _doer(self, noun: Token) -> list[str]:
        """Who did what a noun names: its possessor, the subject of the verb it is the object of
        ("Israel carried out strikes"), or for a charge set beside a reported claim, the speaker."""
        via_appos = False
        for _ in range(3):
            poss = [c for c in noun.children if c.dep_ == "poss"]
            if poss:
                return self.ctx.refs(poss[0])
            if noun.dep_ == "appos":
                via_appos = via_appos or noun.lemma_.lower() in STATEMENT_NOUNS
                noun = noun.head
                continue
            verb = noun.head
            if noun.dep_ == "pobj" and noun.ent_type_ in ("DATE", "TIME") and verb.head.pos_ in ("VERB", "AUX"):
                return _subject(verb.head, self.ctx)[0]   # "struck on Monday, which X condemned"
            if noun.dep_ in ("dobj", "attr", "npadvmod") and verb.pos_ in ("VERB", "AUX"):
                if via_appos and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING:
                    return _subject(verb.head, self.ctx)[0]   # "said X had become ..., a charge Y rejected"
                return _subject(verb, self.ctx)[0]
            break
        return []

    def _held_out(self, d: _Draft) -> bool:
        """What a request or warning holds out has not happened: "called for the deployment of
        troops", "warned that Vilnius would close its border"."""
        t = d.tok
        if t.pos_ == "NOUN" and d.type != "REQUEST" and (t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ == "for")):
            asker = t.head if t.dep_ == "dobj" else t.head.head
            sense = self.lex.verb(asker.lemma_.lower(), _preps(asker))
            if d.type == "CONSULT" and self._granted(t):
                return False   # "requested a meeting of the council, which is expected on Friday"
            if sense is not None and sense.type == "REQUEST":
                return True
            if t.dep_ != "dobj" or d.type in ("CONSULT", "AGREE"):
                return False
            t = asker   # "threatened to impose a tariff": the measure is the threat's content
        # (the parser may hang the infinitive as an adverbial clause: "threatened on Monday to impose")
        infinitive = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if t.pos_ == "VERB" and d.type not in ("REQUEST", "THREATEN") and (infinitive or t.dep_ in ("ccomp", "xcomp") and (
                t.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might") for c in t.children))):
            sense = self.lex.verb(t.head.lemma_.lower(), _preps(t.head))
            return sense is not None and sense.type in ("REQUEST", "THREATEN")
        return False

    def _threatened(self, d: _Draft) -> None:
        """The parties a threatened measure is aimed at are the threat's targets: "threatened
        to impose tariffs on goods from Mexico and Canada" threatens both states, whatever
        target the threat was given from the story's main pair."""
        ancestors = {a.i for a in list(d.tok.ancestors)[:3]}
        for x in reversed(self.drafts):
            if x.type == "THREATEN" and x.tok.i in ancestors and (not x.recipient or x.confidence <= 0.45):
                targets = [r for r in d.recipient if r not in x.actor]
                if targets and x.actor:
                    x.recipient = targets
                    self.ctx.last_pair = x.actor + targets
                return

    @staticmethod
    def _granted(noun: Token) -> bool:
        """A requested meeting the text then says is expected or scheduled: a relative clause on
        the noun, or on its "of" phrase ("a meeting of the council, which is expected on Friday")."""
        heads = [noun] + _prep_objects(noun, "of")
        return any(c.dep_ == "relcl" and forms(c) & {"expect", "schedule", "set", "slate", "due"}
                   and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in RELATIVES for g in c.children)
                   for h in heads for c in h.children)

    def _purpose_of_same(self, d: _Draft) -> bool:
        """The purpose of a deed is part of it: "dispatched jets to intercept the aircraft" is
        one mobilization, not two; so is a noun that only names it again ("flew on to Lima, the
        next stop of the tour")."""
        t = d.tok
        described = t.pos_ == "NOUN" and t.dep_ in ("dobj", "npadvmod", "appos")
        purpose = t.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        return (described or purpose) and any(x.tok.i == t.head.i and x.type == d.type and x.mode == d.mode
                                              for x in self.drafts)

    def _collective_target(self, d: _Draft) -> bool:
        """Whether the act is aimed at states too many or vague to name ("accused the West",
        "urged other countries", "thanked foreign governments"): kept with no recipient."""
        if d.tok.pos_ != "VERB":
            return False
        objs = [c for c in d.tok.children if c.dep_ in ("dobj", "dative")]
        objs += [p for spec in d.trig.recipient if spec not in ("dobj", "dative", "host", "between", "poss")
                 for p in _prep_objects(d.tok, spec)]
        for t in objs:
            if t.text == "West" and any(c.lower_ == "the" for c in t.children):
                return True
            if t.lemma_.lower() in COLLECTIVE_NOUNS and (t.tag_ == "NNS" or t.lemma_.lower() == "community") \
                    and any(c.dep_ in ("amod", "poss") and c.lower_ in COLLECTIVE_MODIFIERS for c in t.children):
                return True
        return False

    def _valid(self, d: _Draft) -> bool:
        if d.type in ("ASSAULT", "COERCE") and d.status == "possible" and d.when is None:
            return False   # "an attack on either would be ...": hypothetical content, not an act
        if not d.actor and not d.recipient:
            return False
        verb = d.tok if d.tok.pos_ == "VERB" else d.governor
        if (d.when is None or d.when.basis != "stated") and verb is not None and verb.dep_ == "advcl" and \
                any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
            return False   # "his first trip since it launched the invasion": undated background
        if d.type == "CONSULT":
            if not d.recipient and d.actor and all(self.table.get(a).sector == "IGO" for a in d.actor):
                d.mode = "multilateral"   # "ASEAN foreign ministers met": a meeting of its members
            if d.mode == "multilateral":
                return bool(d.actor)
            return bool(d.actor) and bool(d.recipient)
        if d.type == "MOBILIZE":
            return bool(d.actor)
        if d.type in DIRECTED or d.type == "AGREE":
            if not (d.actor and d.recipient):
                return bool(d.actor) and d.type in DIRECTED and self._collective_target(d)
        countries = {self.ctx.country_of(a) for a in d.actor + d.recipient}
        return not (len(countries) == 1 and None not in countries)


# A dateline opening a sentence ("SEOUL, March 3 (Yonhap) --", "BEIRUT (Reuters) -") is not part of the quote.
DATELINE = re.compile(r"^[A-Z][A-Za-z .'/-]{1,40}?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*(?:--|\u2013|\u2014|-|:)\s+")


def _event_from(d: _Draft, n: int, doc_text: str) -> Event:
    s, e = d.sentence
    quote = doc_text[s:e].strip()
    s += len(doc_text[s:e]) - len(doc_text[s:e].lstrip())
    m = DATELINE.match(quote)
    if m and m.group(0).split(",")[0].split("(")[0].strip().isupper():
        s += m.end()
        quote = quote[m.end():]
    return Event(id=f"v{n}", type=d.type, status=d.status, quote=quote, evidence=[(s, s + len(quote))],
                 actor=list(d.actor), recipient=list(d.recipient), mode=d.mode, cameo=d.trig.cameo,
                 when=d.when, where=d.where, contexts=list(d.trig.contexts), confidence=d.confidence,
                 trigger=d.tok.text)


def extract_events(doc: Doc, table: ActorTable, resources: Resources, lexicon: Lexicon,
                   timexes: list[Timex], dct: dt.date | None, *, skip: tuple[Span, ...] = ()) -> list[Event]:
    """Events of one parsed article, deduplicated within the article."""
    from communique.events.merge import consolidate

    drafts = Extractor(doc, table, resources, lexicon, timexes, dct, skip).run()
    return consolidate([_event_from(d, i + 1, doc.text) for i, d in enumerate(drafts)], table)

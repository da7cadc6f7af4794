"""Event status from tense, aspect, modality and framing.

``occurred`` (past, perfect), ``ongoing`` (progressive present, "currently"), ``planned``
("will", "is set to", "scheduled", "expected", "plans"), ``possible`` ("may", "could",
"considering", "speculation that", "hopes to") and ``denied`` ("did not", "cancelled",
"denied", "has no plans to"). The reporting verb ("said", "told") never changes the status.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.records import Status

if TYPE_CHECKING:
    from spacy.tokens import Token

PLANNED_GOVERNORS = frozenset("""
schedule set plan expect slate due prepare intend aim arrange decide agree
organize organise pledge vow promise invite prepare
""".split())
POSSIBLE_GOVERNORS = frozenset("""
hope want seek consider mull weigh propose suggest float wish try look explore contemplate
like love eye could may might likely possibly speculate open ready willing prepared keen eager offer
""".split())
DENIED_GOVERNORS = frozenset("""
cancel postpone scrap deny refuse decline rule fail skip delay shelve suspend halt abandon
""".split())
WEIGHING = frozenset("consider mull weigh propose suggest float explore contemplate seek want eye".split())
ARRANGING = frozenset("schedule plan arrange organize organise slate".split())
REFUSING = frozenset(("refuse", "decline"))
DECISIONS = frozenset("decide vote resolve order".split())
PLANNED_NOUNS = frozenset("plan plans proposal bid intention schedule offer pledge promise commitment".split())
REPORTING = frozenset("say tell report state add note claim write post announce quote confirm disclose reveal".split())
POSSIBLE_NOUNS = frozenset("""speculation possibility report reports rumor rumour chance prospect prospects hope hopes
idea proposal intention room scope suggestion""".split())
PLANNED_ADJ = frozenset("planned upcoming proposed scheduled next expected forthcoming impending prospective".split())
POSSIBLE_ADJ = frozenset("potential possible likely probable rumored rumoured hypothetical".split())
PAST_ADJ = frozenset("first last recent previous earlier past".split())


def forms(tok: Token) -> set[str]:
    """The lemma and crude stems of a word: the small model lemmatizes "hopes" as "hop"."""
    w = tok.lower_
    out = {tok.lemma_.lower(), w}
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
        phrasal = {"call": "cancel", "put": "postpone"}.get(tok.lemma_.lower())
        if phrasal:
            out.add(phrasal)   # "called off the talks", "put off the visit"
    for suf in ("s", "es", "d", "ed", "ing"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            out.add(w[: -len(suf)])
            out.add(w[: -len(suf)] + "e")
    return out


def rules_out(tok: Token) -> bool:
    return tok.lemma_.lower() == "rule" and any(c.lower_ == "out" for c in tok.children)


def kept_open(tok: Token) -> bool:
    """ "did not rule out", "refused to rule out": an option kept open, neither a rejection nor
    a denial of what is not ruled out."""
    return rules_out(tok) and (_negated(tok) or (tok.dep_ == "xcomp" and bool(forms(tok.head) & REFUSING)))


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") for c in tok.children)


def _aux_status(verb: Token) -> Status | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"may", "might", "could", "can"}:
        return "possible"
    if words & {"will", "shall", "'ll", "would", "'d"}:
        return "planned"   # "would" in news is mostly a future told in the past ("said he would travel")
    return None


def _own(verb: Token) -> Status:
    """Status a verb gets from its own tense and auxiliaries."""
    aux = _aux_status(verb)
    if aux:
        return aux
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "ongoing"
    if verb.tag_ in ("VBZ", "VBP") and any(c.lower_ in ("currently", "now") for c in verb.children):
        return "ongoing"
    if any(a.lower_ == "to" for a in auxes) and verb.dep_ not in ("xcomp", "ccomp", "advcl", "acl"):
        return "planned"
    return "occurred"


def clause_status(verb: Token, event_type: str | None = None) -> Status:
    """Status of the event stated by ``verb``, walking up through control and framing verbs.

    ``event_type`` matters for decisions: "decided to suspend Gabon" is a suspension that
    happened, while "decided to meet" is a meeting still to come.
    """
    if _negated(verb):
        return "denied"
    status: Status = _own(verb)
    tok = verb
    for _ in range(6):
        if tok.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl", "conj", "pcomp", "pobj", "prep") and tok.head.i != tok.i:
            parent = tok.head
        else:
            break
        lemma = parent.lemma_.lower()
        pforms = forms(parent)
        if tok.dep_ == "conj":
            # "will visit X and meet Y": a bare conjunct shares the first one's modality;
            # "arrived ... and is scheduled to remain" keeps its own
            own_aux = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)
            if own_aux or parent.pos_ not in ("VERB", "AUX"):
                break
            if tok.tag_ == "VBD" and parent.tag_ != "VBD":
                break   # "said Russia would respond ... and accused the EU": a finite past is no
                        # conjunct of a modal's bare verb
            return clause_status(parent)
        if tok.dep_ == "ccomp" and pforms & REPORTING:
            break
        if tok.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in tok.children if c.dep_ == "mark"):
            return "possible"
        purpose = tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if tok.dep_ in ("relcl", "advcl") and not purpose:
            break   # ("fly to Phnom Penh to meet Hun Manet": a purpose shares the trip's status)
        if tok.dep_ == "pcomp" and parent.lower_ in ("despite", "after", "before", "while", "since", "by", "without"):
            break   # "despite airing fresh criticisms": an adjunct keeps its own tense
        if tok.dep_ == "acl" and parent.pos_ in ("NOUN", "PROPN"):
            # "a plan to visit", "took action to suspend Niger"
            if pforms & PLANNED_NOUNS:
                return "planned"
            if pforms & POSSIBLE_NOUNS:
                return "possible"
            if status in ("possible", "planned") and tok.i == verb.i and any(
                    c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "mark" and c.lower_ == "that") for c in tok.children):
                return status   # "the suggestion that talks might take place": the clause's own modal
            head = parent
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            if head.pos_ in ("VERB", "AUX") and head.i != parent.i:
                return clause_status(head, event_type)
            break
        if kept_open(parent):
            return "possible"   # "did not rule out sending troops", "refused to rule out talks"
        if pforms & DENIED_GOVERNORS or (parent.pos_ in ("VERB", "AUX") and _negated(parent)):
            return "denied"
        if parent.pos_ == "NOUN" and pforms & POSSIBLE_NOUNS:
            return "possible"
        if pforms & POSSIBLE_GOVERNORS:
            return "possible"
        if pforms & PLANNED_GOVERNORS:
            gov = _aux_status(parent)
            status = "possible" if gov == "possible" else "planned"
            if parent.tag_ in ("VBD", "VBN") and lemma in DECISIONS and event_type not in (None, "CONSULT") \
                    and gov is None:
                status = "occurred"   # "decided to suspend": the decision is the act
            return status
        if parent.lemma_ == "be":
            # "he is open to meeting Kim", "the deal is likely to be signed", "talks are due to begin"
            judged = set().union(*(forms(c) for c in parent.children if c.dep_ in ("acomp", "attr")))
            if judged & POSSIBLE_GOVERNORS:
                return "possible"
            if judged & (PLANNED_GOVERNORS | {"due"}):
                return "planned"
        if parent.pos_ in ("VERB", "AUX"):
            gov = _aux_status(parent)
            if gov:
                return gov
            if parent.lemma_ == "be" and tok.dep_ == "xcomp":   # "were to hold"
                return "planned"
        tok = parent
    return status


def noun_status(noun: Token, governor: Token | None, event_type: str | None = None) -> Status:
    """Status of an event stated by a noun ("his potential meeting", "planned stops")."""
    status = _noun_status(noun, governor, event_type)
    if governor is not None and noun.dep_ == "pobj" and noun.head.head.i == governor.i:
        prep = noun.head.lower_
        if prep in ("during", "at") and status in ("possible", "denied"):
            # "is willing to discuss Taiwan during his summit with Xi": the summit itself is
            # planned whatever may or may not be done at it
            return "planned"
        if prep in ("after", "following") and status in ("planned", "possible") and _own(governor) == "occurred":
            return "occurred"   # "agreed to end the dispute after talks in Ankara"
    return status


def _in_view(noun: Token, governor: Token | None, event_type: str | None) -> Status | None:
    """An act named as the object of weighing or arranging it has not happened: "is weighing a
    trip", "proposed talks" (possible); "has scheduled a meeting" (planned); also through the
    phrase it ends ("is considering a visit to Beijing for talks with Qin"). A meeting is in view
    under any verb of wanting or planning ("hopes for talks", "plans a trip")."""
    if governor is None or _negated(governor):
        return None
    top = noun
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ == "NOUN":
        top = top.head.head
    if top.dep_ != "dobj" or top.head.i != governor.i:
        return None
    g = forms(governor)
    meeting = event_type == "CONSULT" and top is noun and not g & {"open", "organize", "organise"}
    if g & WEIGHING or (meeting and g & POSSIBLE_GOVERNORS):
        return "possible"
    if g & ARRANGING or (meeting and g & PLANNED_GOVERNORS):
        return "planned"
    return None


def _noun_status(noun: Token, governor: Token | None, event_type: str | None = None) -> Status:
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of"):
        frame = noun.head.head
        if frame.pos_ in ("VERB", "AUX"):   # "saw room for a meeting", parsed with "for" on the verb
            frame = next((c for c in frame.children if c.dep_ == "dobj" and c.i < noun.i), frame)
        framing = forms(frame) if frame.pos_ == "NOUN" else set()
        if framing & POSSIBLE_NOUNS - {"report", "reports"}:
            return "possible"   # "saw room for a meeting", "the prospect of talks"
        if framing & PLANNED_NOUNS:
            return "planned"    # "plans for a visit"
    if governor is not None and forms(governor) & DENIED_GOVERNORS and noun.head.i == governor.i:
        return "denied"   # "a planned visit ... was cancelled"
    in_view = _in_view(noun, governor, event_type)
    if in_view is not None:
        return in_view
    for c in noun.children:
        w = c.lower_
        if c.dep_ in ("amod", "compound", "nmod") and w in POSSIBLE_ADJ:
            return "possible"
        if c.dep_ in ("amod", "compound", "nmod") and w in PLANNED_ADJ:
            return "planned"
        if c.dep_ == "neg" or w == "no":
            return "denied"
        if c.dep_ in ("amod", "acl") and w == "due":
            return "planned"   # "talks due Sunday"
    for c in noun.subtree:
        # "a tariff set to take effect on August 1", "talks scheduled for May" (the participle
        # may hang on the last noun of the phrase: "a tariff on Kenyan goods, set to ...")
        # (an "acl" participle may be tagged as a past tense: "a tariff ... set to take effect")
        if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.head.pos_ == "NOUN" and forms(c) & PLANNED_GOVERNORS \
                and not _negated(c):
            return "planned"
    if governor is not None and governor.lemma_ == "be" and noun.dep_ == "nsubj" and noun.head.i == governor.i:
        # "talks between the two leaders are due on Sunday", "a meeting is likely next week"
        judged = {c.lower_ for c in governor.children if c.dep_ in ("acomp", "attr")}
        if judged & POSSIBLE_ADJ and not _negated(governor):
            return "possible"
        if judged & (PLANNED_ADJ | {"due"}) and not _negated(governor):
            return "planned"
    if governor is not None and governor.lemma_ == "be" and governor.tag_ in ("VBZ", "VBP") and \
            noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.i == governor.i and \
            not _negated(governor):
        return "ongoing"   # "the minister is on a three-day visit to Malaysia"
    if governor is not None:
        if governor.lemma_.lower() in DENIED_GOVERNORS and noun.head.i == governor.i:
            return "denied"   # "the summit was postponed", "cancelled the trip"
        return clause_status(governor, event_type)
    return "occurred"

"""Within-article consolidation: one record per act.

1. Separate meetings: "met A and B" gives one CONSULT per named counterpart; a multi-stop
   tour gives one visit per host state.
2. Repeats: the same act stated twice (lead and later paragraph, "his talks with Cho") is one
   record that keeps the most specific date, place and status.
3. Subsumption: "a US official met South Korean officials" followed by the named meetings
   of that visit is folded into the named meetings, which inherit its date and place.
"""

from __future__ import annotations

import dataclasses
import datetime

from communique.actors.resolve import ActorTable
from communique.records import Event, When, Where

_SUMMIT_SLACK = datetime.timedelta(days=2)   # a summit told by its opening day may last a few days
# statuses that can describe one act told twice: a trip that "may" happen is not the one that did
_STATUS_CLASS = {"occurred": 0, "ongoing": 0, "planned": 1, "possible": 1, "denied": 2}
_STATUS_RANK = {"occurred": 0, "ongoing": 1, "denied": 2, "planned": 3, "possible": 4}


def _split(events: list[Event], table: ActorTable) -> list[Event]:
    out: list[Event] = []
    for e in events:
        if e.type == "CONSULT" and e.mode != "multilateral":
            kinds = {r: table.get(r).kind for r in e.recipient}
            persons = [r for r in e.recipient if kinds[r] == "person"]
            countries_of_persons = {table.get(p).country for p in persons}
            if e.mode == "visit" and len(e.recipient) > 1:
                for r in e.recipient:
                    host = table.get(r).country
                    where = e.where if e.where is not None and e.where.country == host else \
                        (Where(None, host) if host else None)
                    out.append(dataclasses.replace(e, recipient=[r], where=where))
                continue
            if len(persons) >= 2 and e.cameo != "045":   # (a mediator meets the parties together)
                out.extend(dataclasses.replace(e, recipient=[p]) for p in persons)
                continue
            if persons and len(e.recipient) > 1:
                keep = [r for r in e.recipient if kinds[r] == "person" or table.get(r).country not in countries_of_persons]
                e = dataclasses.replace(e, recipient=keep)
        out.append(e)
    return out


def _parties(e: Event) -> frozenset[str] | tuple[frozenset[str], frozenset[str]]:
    if e.type == "CONSULT" and e.mode != "visit":
        return frozenset(e.actor) | frozenset(e.recipient)
    return frozenset(e.actor), frozenset(e.recipient)


def _dates_compatible(a: Event, b: Event) -> bool:
    """Two tellings may be one act unless both state dates and the dates differ; a date carried
    over from context ("China said on Friday it summoned ...") does not tell the act apart."""
    if a.when is None or b.when is None or not a.when.basis == b.when.basis == "stated":
        return True
    return a.when.start <= b.when.end and b.when.start <= a.when.end


def _better_when(a: When | None, b: When | None) -> When | None:
    """The date to keep for one act told twice: a stated one over one carried over, then the
    narrower."""
    if a is None or b is None:
        return a or b
    if (a.basis == "stated") != (b.basis == "stated"):
        return a if a.basis == "stated" else b
    return b if (b.end - b.start) < (a.end - a.start) else a


def _side_of(ids: list[str], table: ActorTable) -> tuple[set[str | None], bool]:
    return {table.get(a).country for a in ids}, all(table.get(a).kind != "person" for a in ids)


def _refines(a: list[str], b: list[str], table: ActorTable) -> bool:
    """Whether two sides name the same party, one as a state and the other through its officials
    ("China" / "Vice Foreign Minister Sun Weidong")."""
    if set(a) == set(b):
        return True
    (ca, states_a), (cb, states_b) = _side_of(a, table), _side_of(b, table)
    return bool(a) and bool(b) and ca == cb and None not in ca and (states_a or states_b)


def _same_parties(m: Event, e: Event, table: ActorTable) -> bool:
    if _parties(m) == _parties(e):
        return True
    if m.type == "CONSULT":
        return False
    return _refines(m.actor, e.actor, table) and _refines(m.recipient, e.recipient, table)


def _absorb(keep: Event, other: Event) -> Event:
    if other.confidence > keep.confidence:
        keep, other = other, keep
    when = _better_when(keep.when, other.when)
    status = keep.status
    if keep.type != "CONSULT":   # a state and its official named for one act: both are its sides
        keep = dataclasses.replace(keep, actor=list(dict.fromkeys(keep.actor + other.actor)),
                                   recipient=list(dict.fromkeys(keep.recipient + other.recipient)))
    return dataclasses.replace(keep, when=when, where=keep.where or other.where, status=status,
                               mode=keep.mode or other.mode, confidence=max(keep.confidence, other.confidence),
                               evidence=keep.evidence + [s for s in other.evidence if s not in keep.evidence])


def _countries(e: Event, table: ActorTable) -> set[str | None]:
    return {table.get(a).country for a in e.actor + e.recipient}


def _covers(specific: Event, generic: Event, table: ActorTable) -> bool:
    """Whether every party of ``generic`` is a party of ``specific`` or the state of one."""
    parties = set(specific.actor + specific.recipient)
    if sum(table.get(a).kind == "person" for a in parties) < 2:
        return False
    states = _countries(specific, table)
    return all(a in parties or (table.get(a).kind != "person" and table.get(a).country in states)
               for a in generic.actor + generic.recipient)


def _has_person(e: Event, table: ActorTable) -> bool:
    return any(table.get(a).kind == "person" for a in e.actor + e.recipient)


def consolidate(events: list[Event], table: ActorTable) -> list[Event]:
    """Split, deduplicate and fold the events of one article; ids are renumbered in order."""
    events = [dataclasses.replace(e, id=f"t{i}") for i, e in enumerate(_split(events, table))]
    merged: list[Event] = []
    for e in events:
        for i, m in enumerate(merged):
            other_word = (m.trigger or "").lower() != (e.trigger or "").lower()
            # two statements of a position are two acts; so are two different deeds of one sentence
            # ("recalled its envoy and expelled six diplomats")
            separate_statements = other_word and (
                (m.type in POSITIONS and m.evidence[:1] != e.evidence[:1])
                or (m.type in DEEDS and m.evidence[:1] == e.evidence[:1]))
            if m.type == e.type and (m.mode == e.mode or None in (m.mode, e.mode)) and not separate_statements and \
                    _same_parties(m, e, table) and _dates_compatible(m, e) and _STATUS_CLASS[m.status] == _STATUS_CLASS[e.status]:
                merged[i] = _absorb(m, e)
                break
        else:
            merged.append(e)
    # fold generic meetings (no named person) into the named meetings they summarize
    generic = [e for e in merged if e.type == "CONSULT" and e.mode is None and
               sum(table.get(a).kind == "person" for a in e.actor + e.recipient) <= 1]
    final: list[Event] = []
    for e in merged:
        if e in generic:
            targets = [i for i, m in enumerate(merged) if m is not e and m.type == "CONSULT" and m.mode in (None, "third-party")
                       and _covers(m, e, table) and _dates_compatible(m, e)]
            if targets:
                for i in targets:
                    m = merged[i]
                    merged[i] = dataclasses.replace(m, when=_better_when(m.when, e.when), where=m.where or e.where)
                continue
        final.append(e)
    # the replacements above may have updated targets already copied; rebuild from merged
    keep_ids = {e.id for e in final}
    result = _summit_places(_carry_over([m for m in merged if m.id in keep_ids], table))
    return [dataclasses.replace(e, id=f"v{i + 1}") for i, e in enumerate(result)]


# the words of an arrival, whose day is not the whole visit
ARRIVALS = frozenset("arrived arrive arrives arriving landed land reached reach flew".split())
POSITIONS = frozenset(("AGREE", "REQUEST", "SUPPORT", "ACCUSE", "THREATEN", "REJECT", "CONCEDE"))
DEEDS = frozenset(("SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "AID", "RETREAT"))


def _side_countries(ids: list[str], table: ActorTable) -> set[str | None]:
    return {table.get(a).country for a in ids} | set(ids)


def _meeting(e: Event) -> bool:
    """A meeting, or a summons, which is a meeting at the summoning state's ministry."""
    return e.type == "CONSULT" or (e.type == "ACCUSE" and (e.trigger or "").lower().startswith(("summon", "call")))


def _shared_places(events: list[Event], table: ActorTable) -> list[Event]:
    """An act with no place of its own, told just after a meeting, visit or summons of the same
    parties, happened there ("met Rubio in Washington ... urged him to ..."; "will visit
    Washington and meet Rubio"; "summoned the ambassador and demanded ...")."""
    out = list(events)
    for i, e in enumerate(out):
        if e.where is not None or e.type not in POSITIONS | {"CONSULT"} or not e.evidence:
            continue
        start = e.evidence[0][0]
        for m in sorted(out[:i], key=lambda m: -(m.evidence[0][0] if m.evidence else 0)):
            if m.where is None or not _meeting(m) or not m.evidence or not 0 <= start - m.evidence[0][0] <= 400:
                continue
            if _STATUS_CLASS[m.status] != _STATUS_CLASS[e.status]:
                continue
            a, r = _side_countries(m.actor, table), _side_countries(m.recipient, table)
            ea, er = _side_countries(e.actor, table), _side_countries(e.recipient, table)
            host = table.get(m.recipient[0]).country if m.mode == "visit" and m.recipient else None
            if (ea & a and er & r) or (ea & r and er & a) or (host and host in er and ea & a):
                out[i] = dataclasses.replace(e, where=m.where)
                break
    return out


def _carried(when: When | None) -> When | None:
    return dataclasses.replace(when, basis="context") if when is not None and when.basis == "stated" else when


def _carry_over(events: list[Event], table: ActorTable) -> list[Event]:
    """Dates and places shared within one meeting or visit (annotation guidelines, section 6).

    * a meeting held by a visitor with the host's officials and not dated itself takes the
      visit's span ("in the envisaged trip, X is expected to hold talks with Y");
    * a position taken by the parties of a meeting just reported (urged, agreed, warned)
      and not dated itself takes the meeting's date and place.
    """
    out = _shared_places(list(events), table)
    # an arrival's day is not the visit's span: meetings during it are not dated by it
    visits = [e for e in events if e.type == "CONSULT" and e.mode == "visit" and e.when is not None
              and (e.when.end > e.when.start or (e.trigger or "").lower() not in ARRIVALS)]
    for i, e in enumerate(out):
        # (an act dated only by the story it continues still takes its meeting's place)
        if e.when is not None and (e.where is not None or e.when.basis != "context"):
            continue
        if e.type == "CONSULT" and e.mode != "visit":
            parties = e.actor + e.recipient
            for v in visits:
                host = table.get(v.recipient[0]).country if v.recipient else None
                # (a visit told only after the meeting is another trip: "... during a visit by X")
                told_before = not (v.evidence and e.evidence) or min(x[0] for x in v.evidence) <= e.evidence[0][0]
                if v.actor and v.actor[0] in parties and host and told_before and \
                        any(table.get(p).country == host for p in parties if p not in v.actor) and \
                        _STATUS_CLASS[v.status] == _STATUS_CLASS[e.status]:
                    if e.when is None or v.when is not None and (e.when.start, e.when.end) == (v.when.start, v.when.end):
                        out[i] = dataclasses.replace(e, when=e.when or _carried(v.when), where=e.where or v.where)
                    break
        elif e.type in POSITIONS and e.evidence:
            start = e.evidence[0][0]
            meetings = [m for m in out if m.type == "CONSULT" and m.mode != "visit" and m.when is not None
                        and _STATUS_CLASS[m.status] == _STATUS_CLASS[e.status]
                        and m.evidence and 0 <= start - m.evidence[0][0] <= 600]
            for m in sorted(meetings, key=lambda m: -m.evidence[0][0]):
                a, r = _side_countries(m.actor, table), _side_countries(m.recipient, table)
                ea, er = _side_countries(e.actor, table), _side_countries(e.recipient, table)
                # a position the parties take in or right after their meeting, towards each
                # other or a third party ("the ministers condemned the launch")
                if (ea & a and er & r) or (ea & r and er & a) or (ea & (a | r) and not er & (a | r)):
                    if e.when is None or m.when is not None and (e.when.start, e.when.end) == (m.when.start, m.when.end):
                        out[i] = dataclasses.replace(e, when=e.when or _carried(m.when), where=e.where or m.where)
                    break
    return out


def _summit_places(events: list[Event]) -> list[Event]:
    """Acts told after a summit that took place somewhere, in its days and with no place of
    their own, were made there: the appeals, accusations and sideline talks of an AU or ASEAN
    summit story (guidelines: acts made during a meeting take the meeting's place)."""
    summits = [m for m in events if m.type == "CONSULT" and m.mode == "multilateral" and m.where is not None
               and m.evidence and _STATUS_CLASS[m.status] == 0]
    if not summits:
        return events
    out = list(events)
    for i, e in enumerate(out):
        if e.where is not None or e.type not in POSITIONS | {"CONSULT"} or e.mode == "visit" or not e.evidence \
                or _STATUS_CLASS[e.status] != 0:
            continue
        for m in sorted(summits, key=lambda m: -m.evidence[0][0]):
            if m.evidence[0][0] > e.evidence[0][0]:
                continue
            if e.when is None or m.when is None or \
                    m.when.start - _SUMMIT_SLACK <= e.when.start and e.when.end <= m.when.end + _SUMMIT_SLACK:
                out[i] = dataclasses.replace(e, where=m.where)
            break
    return out

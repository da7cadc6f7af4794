"""Reading the store: library functions that return typed rows.

Filters are validated here (E401), so every caller - the CLI, a notebook, an HTTP API - gets
the same errors. Dates filter on the event's own date when it has one, else on the
article's publication date.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, get_args

from communique.actors.kb import name_key
from communique.errors import QueryError
from communique.records import (
    PLOVER_TYPES,
    STATUSES,
    Actor,
    ActorKind,
    Document,
    Event,
    Published,
    Timex,
    When,
    Where,
)
from communique.store.schema import Connection

# Close SQL twin of communique.actors.kb.name_key (accents, case, punctuation and spaces ignored).
_NORM_SQL = "regexp_replace(strip_accents(lower({})), '[^\\p{{L}}\\p{{N}}]+', '', 'g')"
EXPORT_FORMATS = ("csv", "jsonl", "parquet")


@dataclass(frozen=True, slots=True)
class EventRow:
    """An event as an analyst reads it: names instead of ids, and its source article."""

    doc_id: str
    event_id: str
    type: str
    mode: str | None
    cameo: str | None
    status: str
    when_start: dt.date | None
    when_end: dt.date | None
    when_text: str | None
    when_basis: str | None
    where_name: str | None
    where_country: str | None
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    quote: str
    confidence: float
    published: dt.date | None           # the publication date, when known
    published_earliest: dt.date | None  # else the bounds inferred for it
    published_latest: dt.date | None
    title: str | None
    source: str

    @property
    def date(self) -> dt.date | None:
        """The event's date, or failing that the article's publication date (or its earliest bound)."""
        return self.when_start or self.published or self.published_earliest

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("when_start", "when_end", "published", "published_earliest", "published_latest"):
            out[key] = out[key].isoformat() if out[key] else None
        out["actors"], out["recipients"] = list(self.actors), list(self.recipients)
        return out


@dataclass(frozen=True, slots=True)
class ActorRow:
    actor_id: str
    name: str
    kind: str
    country: str | None
    n_articles: int
    n_events: int
    first_seen: dt.date | None
    last_seen: dt.date | None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("first_seen", "last_seen"):
            out[key] = out[key].isoformat() if out[key] else None
        return out


@dataclass(frozen=True, slots=True)
class RoleSpell:
    """A title as the articles show it (publication dates), beside the knowledge base's tenure."""

    title: str
    country: str | None
    first_seen: dt.date | None
    last_seen: dt.date | None
    n_articles: int
    kb_title: str | None = None
    kb_start: dt.date | None = None
    kb_end: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Counterpart:
    actor_id: str
    name: str
    n_events: int


@dataclass(frozen=True, slots=True)
class ActorProfile:
    actor: ActorRow
    roles: list[RoleSpell]
    events: list[EventRow]
    counterparts: list[Counterpart]

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor.to_dict(),
                "roles": [{**asdict(r), "first_seen": _iso(r.first_seen), "last_seen": _iso(r.last_seen),
                           "kb_start": _iso(r.kb_start), "kb_end": _iso(r.kb_end)} for r in self.roles],
                "events": [e.to_dict() for e in self.events],
                "counterparts": [asdict(c) for c in self.counterparts]}


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


# -- filter validation ----------------------------------------------------------------------

def parse_date(option: str, value: dt.date | str | None) -> dt.date | None:
    """A date filter from ``YYYY-MM-DD`` (or a ``date``); E401 otherwise."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise QueryError("E401", option=option, detail=f"'{value}' is not a date (YYYY-MM-DD)") from None


def parse_country(value: str | None, option: str = "--country") -> str | None:
    """An ISO 3166-1 alpha-3 code from a code (alpha-3 or alpha-2) or a country name; E401 otherwise."""
    if value is None:
        return None
    import pycountry

    key = value.strip()
    country: Any = None
    if len(key) in (2, 3):
        countries: Any = pycountry.countries
        country = countries.get(alpha_2=key.upper()) if len(key) == 2 else countries.get(alpha_3=key.upper())
    if country is None:
        try:
            country = pycountry.countries.lookup(key)
        except LookupError:
            raise QueryError("E401", option=option, detail=f"'{value}' is not a country name or ISO code") from None
    return str(country.alpha_3)


def _choice(option: str, value: str | None, choices: tuple[str, ...], upper: bool = False) -> str | None:
    if value is None:
        return None
    key = value.strip().upper() if upper else value.strip().lower()
    if key not in choices:
        raise QueryError("E401", option=option, detail=f"'{value}' is not one of {', '.join(choices)}")
    return key


# -- events -----------------------------------------------------------------------------------

_EVENT_SELECT = """
WITH parts AS (
    SELECT p.doc_id, p.event_id,
           list(coalesce(aa.name, p.local_id) ORDER BY p.ord) FILTER (WHERE p.role = 'actor') AS actors,
           list(coalesce(aa.name, p.local_id) ORDER BY p.ord) FILTER (WHERE p.role = 'recipient') AS recipients
    FROM event_participants p
    LEFT JOIN article_actors aa ON aa.doc_id = p.doc_id AND aa.local_id = p.local_id
    GROUP BY p.doc_id, p.event_id
)
SELECT e.doc_id, e.event_id, e.type, e.mode, e.cameo, e.status, e.when_start, e.when_end, e.when_text,
       CASE WHEN e.when_start IS NULL THEN NULL ELSE coalesce(e.when_basis, 'stated') END AS when_basis,
       e.where_name, e.where_country,
       coalesce(parts.actors, []::VARCHAR[]) AS actors, coalesce(parts.recipients, []::VARCHAR[]) AS recipients,
       e.quote, e.confidence, a.published_value AS published, a.published_earliest, a.published_latest,
       a.title, a.source
FROM events e
JOIN articles a ON a.doc_id = e.doc_id
LEFT JOIN parts ON parts.doc_id = e.doc_id AND parts.event_id = e.event_id
"""
_PARTICIPANT = ("EXISTS (SELECT 1 FROM event_participants p JOIN article_actors aa "
                "ON aa.doc_id = p.doc_id AND aa.local_id = p.local_id "
                "WHERE p.doc_id = e.doc_id AND p.event_id = e.event_id AND ({}))")
_EVENT_DAY = "coalesce(e.when_start, a.published_value, a.published_earliest)"
_EVENT_LAST_DAY = "coalesce(e.when_end, e.when_start, a.published_value, a.published_latest, a.published_earliest)"


def _events_sql(*, actor: str | None = None, actor_id: str | None = None, country: str | None = None,
                type: str | None = None, status: str | None = None, since: dt.date | str | None = None,
                until: dt.date | str | None = None, doc_ids: list[str] | None = None,
                chronological: bool = False) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if actor is not None:
        term = name_key(actor)
        if not term:
            raise QueryError("E401", option="--actor", detail="give a name")
        names = (f"contains({_NORM_SQL.format('aa.name')}, ?) OR aa.actor_id = ? OR "
                 f"list_contains(list_transform(aa.aliases, lambda x: {_NORM_SQL.format('x')}), ?)")
        where.append(_PARTICIPANT.format(names))
        params += [term, actor, term]
    if actor_id is not None:
        where.append(_PARTICIPANT.format("p.actor_id = ?"))
        params.append(actor_id)
    code = parse_country(country)
    if code is not None:
        where.append("(e.where_country = ? OR " + _PARTICIPANT.format("aa.country = ?") + ")")
        params += [code, code]
    kind = _choice("--type", type, PLOVER_TYPES, upper=True)
    if kind is not None:
        where.append("e.type = ?")
        params.append(kind)
    state = _choice("--status", status, STATUSES)
    if state is not None:
        where.append("e.status = ?")
        params.append(state)
    first, last = parse_date("--since", since), parse_date("--until", until)
    if first and last and first > last:
        raise QueryError("E401", option="--since", detail=f"{first} is after --until {last}")
    if first is not None:
        where.append(f"{_EVENT_LAST_DAY} >= ?")
        params.append(first)
    if last is not None:
        where.append(f"{_EVENT_DAY} <= ?")
        params.append(last)
    if doc_ids is not None:
        where.append("list_contains(?, e.doc_id)")
        params.append(doc_ids)
    sql = _EVENT_SELECT + (" WHERE " + " AND ".join(where) if where else "")
    order = f"{_EVENT_DAY} NULLS LAST, e.doc_id, e.ord" if chronological else "e.doc_id, e.ord"
    return sql + " ORDER BY " + order, params


def _event_rows(con: Connection, sql: str, params: list[Any]) -> list[EventRow]:
    rows = con.execute(sql, params).fetchall()
    return [EventRow(doc_id=r[0], event_id=r[1], type=r[2], mode=r[3], cameo=r[4], status=r[5], when_start=r[6],
                     when_end=r[7], when_text=r[8], when_basis=r[9], where_name=r[10], where_country=r[11],
                     actors=tuple(dict.fromkeys(r[12])), recipients=tuple(dict.fromkeys(r[13])), quote=r[14],
                     confidence=r[15], published=r[16], published_earliest=r[17], published_latest=r[18],
                     title=r[19], source=r[20])
            for r in rows]


def events(con: Connection, *, actor: str | None = None, country: str | None = None, type: str | None = None,
           status: str | None = None, since: dt.date | str | None = None, until: dt.date | str | None = None,
           doc_ids: list[str] | None = None) -> list[EventRow]:
    """Events matching every filter given, in article order.

    ``actor`` matches a participant by (part of) its name, an alias or its global id;
    ``country`` (ISO code or name) matches the place or a participant's country.
    """
    sql, params = _events_sql(actor=actor, country=country, type=type, status=status, since=since,
                              until=until, doc_ids=doc_ids)
    return _event_rows(con, sql, params)


def timeline(con: Connection, *, actor: str | None = None, country: str | None = None,
             type: str | None = None, status: str | None = None, since: dt.date | str | None = None,
             until: dt.date | str | None = None, doc_ids: list[str] | None = None) -> list[EventRow]:
    """Events in date order (event date, else publication date; undated ones last)."""
    sql, params = _events_sql(actor=actor, country=country, type=type, status=status, since=since,
                              until=until, doc_ids=doc_ids, chronological=True)
    return _event_rows(con, sql, params)


def export_events(con: Connection, path: str | Path, fmt: str = "parquet", **filters: Any) -> int:
    """Write the matching events to ``path`` with DuckDB's COPY; returns the number of rows."""
    fmt = _choice("--format", fmt, EXPORT_FORMATS) or "parquet"
    sql, params = _events_sql(**filters)
    options = {"csv": "FORMAT csv, HEADER true", "jsonl": "FORMAT json", "parquet": "FORMAT parquet"}[fmt]
    target = str(path).replace("'", "''")
    con.execute(f"COPY ({sql}) TO '{target}' ({options})", params)
    row = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()
    return int(row[0]) if row else 0


# -- actors -----------------------------------------------------------------------------------

_ACTOR_SELECT = """
SELECT g.actor_id, g.name, g.kind, g.country,
       count(DISTINCT aa.doc_id) AS n_articles,
       (SELECT count(*) FROM (SELECT DISTINCT p.doc_id, p.event_id FROM event_participants p
                              WHERE p.actor_id = g.actor_id)) AS n_events,
       min(coalesce(a.published_value, a.published_earliest)) AS first_seen,
       max(coalesce(a.published_value, a.published_latest, a.published_earliest)) AS last_seen
FROM actors g
JOIN article_actors aa ON aa.actor_id = g.actor_id
JOIN articles a ON a.doc_id = aa.doc_id
"""
_ACTOR_GROUP = " GROUP BY g.actor_id, g.name, g.kind, g.country"
_ACTOR_ORDER = " ORDER BY n_events DESC, n_articles DESC, g.name"
ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)


def actors(con: Connection, *, kind: str | None = None, country: str | None = None) -> list[ActorRow]:
    """Actors seen in stored articles, most active first."""
    where, params = [], []
    kind = _choice("--kind", kind, ACTOR_KINDS)
    if kind is not None:
        where.append("g.kind = ?")
        params.append(kind)
    code = parse_country(country)
    if code is not None:
        where.append("g.country = ?")
        params.append(code)
    sql = _ACTOR_SELECT + (" WHERE " + " AND ".join(where) if where else "") + _ACTOR_GROUP + _ACTOR_ORDER
    return [ActorRow(*r) for r in con.execute(sql, params).fetchall()]


def find_actor(con: Connection, name: str) -> ActorRow:
    """The actor a name designates: exact name or alias first, then part of a name; E402 if none.

    Among several candidates the one seen in most articles wins.
    """
    term = name_key(name)
    exact = (f"{_NORM_SQL.format('aa.name')} = ? OR g.actor_id = ? OR "
             f"list_contains(list_transform(aa.aliases, lambda x: {_NORM_SQL.format('x')}), ?)")
    for cond, params in ((exact, [term, name, term]), (f"contains({_NORM_SQL.format('aa.name')}, ?)", [term])):
        if not term:
            break
        ids = [r[0] for r in con.execute(
            f"SELECT DISTINCT g.actor_id FROM actors g JOIN article_actors aa ON aa.actor_id = g.actor_id "
            f"WHERE {cond}", params).fetchall()]
        if ids:
            rows = con.execute(_ACTOR_SELECT + " WHERE list_contains(?, g.actor_id)" + _ACTOR_GROUP +
                               " ORDER BY n_articles DESC, n_events DESC, g.name LIMIT 1", [ids]).fetchall()
            if rows:
                return ActorRow(*rows[0])
    raise QueryError("E402", what="actor", key=name)


def actor_profile(con: Connection, name: str, *, counterparts: int = 10) -> ActorProfile:
    """Roles over time, events and most frequent counterparts of the actor ``name`` designates."""
    actor = find_actor(con, name)
    roles = [RoleSpell(*r) for r in con.execute(
        "SELECT title, country, first_seen, last_seen, n_articles, kb_title, kb_start, kb_end "
        "FROM role_spells WHERE actor_id = ? "
        "ORDER BY first_seen NULLS LAST, title", [actor.actor_id]).fetchall()]
    sql, params = _events_sql(actor_id=actor.actor_id, chronological=True)
    others = [Counterpart(*r) for r in con.execute("""
        SELECT g.actor_id, g.name, count(DISTINCT (p2.doc_id, p2.event_id)) AS n
        FROM event_participants p1
        JOIN event_participants p2 ON p2.doc_id = p1.doc_id AND p2.event_id = p1.event_id
        JOIN actors g ON g.actor_id = p2.actor_id
        WHERE p1.actor_id = ? AND p2.actor_id <> p1.actor_id
        GROUP BY g.actor_id, g.name ORDER BY n DESC, g.name LIMIT ?""", [actor.actor_id, counterparts]).fetchall()]
    return ActorProfile(actor=actor, roles=roles, events=_event_rows(con, sql, params), counterparts=others)


# -- whole documents and counts ---------------------------------------------------------------

def read_document(con: Connection, doc_id: str) -> Document:
    """The stored ``Document`` (contract v1) for ``doc_id``; E402 if it is not stored."""
    art = con.execute("SELECT source, title, text, published_value, published_basis, published_earliest, "
                      "published_latest, errors, content_hash FROM articles WHERE doc_id = ?", [doc_id]).fetchone()
    if art is None:
        raise QueryError("E402", what="article", key=doc_id)
    source, title, text, value, basis, earliest, latest, errors, chash = art
    spans: dict[str, list[tuple[int, int]]] = {}
    for local_id, start, end in con.execute('SELECT local_id, start, "end" FROM mentions WHERE doc_id = ? '
                                            "ORDER BY local_id, ord", [doc_id]).fetchall():
        spans.setdefault(local_id, []).append((start, end))
    doc_actors = [Actor(id=r[0], name=r[1], kind=r[2], country=r[3], sector=r[4], titles=list(r[5]),
                        aliases=list(r[6]), mentions=spans.get(r[0], []), kb_id=r[7])
                  for r in con.execute("SELECT local_id, name, kind, country, sector, titles, aliases, kb_id "
                                       "FROM article_actors WHERE doc_id = ? ORDER BY ord", [doc_id]).fetchall()]
    timexes = [Timex(start=r[0], end=r[1], text=r[2], type=r[3], value=r[4], mod=r[5], begin=r[6], until=r[7],
                     vague=r[8])
               for r in con.execute('SELECT start, "end", text, type, value, mod, begin_date, until_date, vague '
                                    "FROM timexes WHERE doc_id = ? ORDER BY ord", [doc_id]).fetchall()]
    roles: dict[tuple[str, str], list[str]] = {}
    for event_id, role, local_id in con.execute("SELECT event_id, role, local_id FROM event_participants "
                                                "WHERE doc_id = ? ORDER BY event_id, role, ord",
                                                [doc_id]).fetchall():
        roles.setdefault((event_id, role), []).append(local_id)
    doc_events = []
    for r in con.execute("SELECT event_id, type, status, quote, evidence, mode, cameo, when_start, when_end, "
                         "when_text, where_name, where_country, contexts, confidence, trigger, coalesce(when_basis, 'stated') "
                         "FROM events WHERE doc_id = ? ORDER BY ord", [doc_id]).fetchall():
        doc_events.append(Event(
            id=r[0], type=r[1], status=r[2], quote=r[3], evidence=[(int(a), int(b)) for a, b in json.loads(r[4])],
            actor=roles.get((r[0], "actor"), []), recipient=roles.get((r[0], "recipient"), []),
            mode=r[5], cameo=r[6], when=When(r[7], r[8], r[9], r[15]) if r[7] is not None else None,
            where=Where(r[10], r[11]) if r[11] is not None else None, contexts=list(r[12]),
            confidence=r[13], trigger=r[14]))
    return Document(doc_id=doc_id, source=source, title=title, text=text,
                    published=Published(value=value, basis=basis, earliest=earliest, latest=latest),
                    actors=doc_actors, timexes=timexes, events=doc_events, errors=list(errors),
                    content_hash=chash)


def counts(con: Connection) -> dict[str, int]:
    """Rows per table: articles, actors (seen in articles), events, failures."""
    row = con.execute("SELECT (SELECT count(*) FROM articles), "
                      "(SELECT count(DISTINCT actor_id) FROM article_actors), "
                      "(SELECT count(*) FROM events), (SELECT count(*) FROM failures)").fetchone()
    assert row is not None
    return dict(zip(("articles", "actors", "events", "failures"), (int(v) for v in row), strict=True))

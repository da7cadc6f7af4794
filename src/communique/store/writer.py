"""Writing documents to the store, and the ingest job (read -> extract -> store).

``write_documents`` stores a batch in one transaction: either every new article of the batch
is stored with its actors, mentions, timexes and events, or (on any error) none is. An article
whose content is already stored (same ``content_hash``) is a duplicate and is skipped; an
article whose ``doc_id`` is stored with different content replaces it.

Actors get a global id that is the same in every article (``global_actor_id``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from communique.actors.kb import name_key
from communique.errors import CommuniqueError
from communique.ingest import IngestFailure, content_hash, read_paths
from communique.records import Actor, Article, Document
from communique.store.schema import Connection, transaction

# Rows per INSERT statement: large enough to amortize the statement, small enough to bind.
_CHUNK = 200
# Articles per transaction in the ingest job.
WRITE_BATCH = 32

Extractor = Callable[[Iterable[Article]], Iterator[Document]]
Progress = Callable[[int, int], None]


def global_actor_id(actor: Actor) -> str:
    """The store-wide id of an actor: the same person gets the same id in every article.

    ``country:<ISO3>`` for a country; otherwise ``<kind>:<name key>:<country or ->``, where the
    name key (``communique.actors.kb.name_key``: case, accents, hyphens and spaces ignored) is
    the knowledge base's person key (the first field of ``kb_id``) when the actor was resolved
    there, else that of the full name. So every tenure of one office holder,
    and mentions the knowledge base did not resolve, land on one actor; people who share only
    a surname stay apart, because the full name is part of the key.
    """
    if actor.kind == "country" and actor.country:
        return f"country:{actor.country}"
    key = name_key(actor.kb_id.split(":", 1)[0]) if actor.kb_id else ""
    return f"{actor.kind}:{key or name_key(actor.name) or actor.name}:{actor.country or '-'}"


class Tenure(Protocol):
    """One office tenure, as the knowledge base (``communique.actors.kb.OfficeHolder``) has it."""

    @property
    def kb_id(self) -> str: ...
    @property
    def person(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def office(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def start(self) -> dt.date: ...
    @property
    def end(self) -> dt.date | None: ...


def sync_kb_tenures(con: Connection, tenures: Iterable[Tenure]) -> int:
    """Replace the ``kb_tenures`` table with ``tenures`` (one transaction); returns the row count."""
    rows = {}
    for t in tenures:
        holder = Actor(id="", name=t.person, kind="person", country=t.country or None, kb_id=t.kb_id)
        rows[t.kb_id] = (t.kb_id, global_actor_id(holder), t.person, t.country or None, t.office, t.title,
                         t.start, t.end)
    with transaction(con):
        con.execute("DELETE FROM kb_tenures")
        _insert(con, "kb_tenures", ("kb_id", "actor_id", "person", "country", "office", "title", "start", "end"),
                list(rows.values()))
    return len(rows)


def knowledge_base_tenures() -> tuple[Tenure, ...]:
    """Every tenure of the packaged office-holder knowledge base."""
    from communique.actors.kb import load_kb

    return tuple(load_kb().entries)


@dataclass(slots=True)
class WriteResult:
    stored: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, the stored doc_id)
    replaced: list[str] = field(default_factory=list)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _insert(con: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    if not rows:
        return
    cols = ", ".join(f'"{c}"' for c in columns)
    one = "(" + ", ".join("?" * len(columns)) + ")"
    for i in range(0, len(rows), _CHUNK):
        part = rows[i:i + _CHUNK]
        con.execute(f"INSERT INTO {table} ({cols}) VALUES " + ", ".join([one] * len(part)),
                    [value for row in part for value in row])


_CHILD_TABLES = ("article_actors", "mentions", "timexes", "events", "event_participants")


def _delete_articles(con: Connection, doc_ids: list[str]) -> None:
    for table in (*_CHILD_TABLES, "articles"):
        con.execute(f"DELETE FROM {table} WHERE list_contains(?, doc_id)", [doc_ids])


@dataclass(slots=True)
class _Rows:
    """The rows of a batch, table by table."""

    articles: list[tuple[Any, ...]] = field(default_factory=list)
    actors: dict[str, tuple[str, str, str | None, str | None]] = field(default_factory=dict)
    article_actors: list[tuple[Any, ...]] = field(default_factory=list)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)
    timexes: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    participants: list[tuple[Any, ...]] = field(default_factory=list)

    def add(self, doc: Document, chash: str, at: dt.datetime, url: str | None) -> None:
        p = doc.published
        self.articles.append((doc.doc_id, doc.source, doc.title, url, p.value, p.basis, p.earliest,
                              p.latest, chash, doc.text, list(doc.errors), at))
        local: dict[str, str] = {}
        for i, actor in enumerate(doc.actors):
            gid = global_actor_id(actor)
            local.setdefault(actor.id, gid)
            known = self.actors.get(gid)
            if known is None or len(actor.name) > len(known[1]):
                self.actors[gid] = (actor.kind, actor.name, actor.country, actor.kb_id)
            self.article_actors.append((doc.doc_id, actor.id, i, gid, actor.name, actor.kind, actor.country,
                                        actor.sector, list(actor.titles), list(actor.aliases), actor.kb_id))
            self.mentions.extend((doc.doc_id, actor.id, j, gid, s, e, doc.text[s:e])
                                 for j, (s, e) in enumerate(actor.mentions))
        self.timexes.extend((doc.doc_id, i, t.start, t.end, t.text, t.type, t.value, t.mod, t.begin, t.until,
                             t.vague) for i, t in enumerate(doc.timexes))
        for i, ev in enumerate(doc.events):
            w, where = ev.when, ev.where
            self.events.append((doc.doc_id, ev.id, i, ev.type, ev.mode, ev.cameo,
                                w.start if w else None, w.end if w else None, w.text if w else None,
                                where.name if where else None, where.country if where else None,
                                ev.status, list(ev.contexts), ev.quote,
                                json.dumps([list(s) for s in ev.evidence]), ev.confidence, ev.trigger,
                                w.basis if w else None))
            for role, ids in (("actor", ev.actor), ("recipient", ev.recipient)):
                self.participants.extend((doc.doc_id, ev.id, role, j, lid, local.get(lid))
                                         for j, lid in enumerate(ids))


def _upsert_actors(con: Connection, actors: dict[str, tuple[str, str, str | None, str | None]]) -> None:
    if not actors:
        return
    existing = dict(con.execute("SELECT actor_id, name FROM actors WHERE list_contains(?, actor_id)",
                                [list(actors)]).fetchall())
    _insert(con, "actors", ("actor_id", "kind", "name", "country", "kb_id"),
            [(gid, *row) for gid, row in actors.items() if gid not in existing])
    longer = [(row[1], gid) for gid, row in actors.items()
              if gid in existing and len(row[1]) > len(existing[gid])]
    if longer:
        con.executemany("UPDATE actors SET name = ? WHERE actor_id = ?", longer)


def write_documents(con: Connection, docs: Iterable[Document], *,
                    urls: Mapping[str, str | None] | None = None, now: dt.datetime | None = None) -> WriteResult:
    """Store a batch of documents in one transaction; see the module docstring."""
    docs = list(docs)
    result = WriteResult()
    if not docs:
        return result
    hashes = [d.content_hash or content_hash(d.text) for d in docs]
    at = now or _now()
    with transaction(con):
        rows = con.execute("SELECT doc_id, content_hash FROM articles "
                           "WHERE list_contains(?, content_hash) OR list_contains(?, doc_id)",
                           [hashes, [d.doc_id for d in docs]]).fetchall()
        by_hash = {h: d for d, h in rows}
        by_id = {d: h for d, h in rows}
        batch = _Rows()
        replace: list[str] = []
        for doc, chash in zip(docs, hashes, strict=True):
            if chash in by_hash:
                result.duplicates.append((doc.doc_id, by_hash[chash]))
                continue
            if doc.doc_id in by_id:
                replace.append(doc.doc_id)
            by_hash[chash] = doc.doc_id
            by_id[doc.doc_id] = chash
            batch.add(doc, chash, at, urls.get(doc.doc_id) if urls else None)
            result.stored.append(doc.doc_id)
        if replace:
            _delete_articles(con, replace)
        _insert(con, "articles", ("doc_id", "source", "title", "url", "published_value", "published_basis",
                                  "published_earliest", "published_latest", "content_hash", "text",
                                  "errors", "ingested_at"), batch.articles)
        _upsert_actors(con, batch.actors)
        _insert(con, "article_actors", ("doc_id", "local_id", "ord", "actor_id", "name", "kind", "country",
                                        "sector", "titles", "aliases", "kb_id"), batch.article_actors)
        _insert(con, "mentions", ("doc_id", "local_id", "ord", "actor_id", "start", "end", "surface"),
                batch.mentions)
        _insert(con, "timexes", ("doc_id", "ord", "start", "end", "text", "type", "value", "mod",
                                 "begin_date", "until_date", "vague"), batch.timexes)
        _insert(con, "events", ("doc_id", "event_id", "ord", "type", "mode", "cameo", "when_start", "when_end",
                                "when_text", "where_name", "where_country", "status", "contexts", "quote",
                                "evidence", "confidence", "trigger", "when_basis"), batch.events)
        _insert(con, "event_participants", ("doc_id", "event_id", "role", "ord", "local_id", "actor_id"),
                batch.participants)
    result.replaced = replace
    return result


def record_failures(con: Connection, failures: Iterable[tuple[str, CommuniqueError]], *,
                    now: dt.datetime | None = None) -> int:
    """Append failures (source, error) to the ``failures`` table; returns how many."""
    at = now or _now()
    rows = [(source, err.code, err.message, at) for source, err in failures]
    with transaction(con):
        _insert(con, "failures", ("source", "code", "message", "at"), rows)
    return len(rows)


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did."""

    read: int = 0
    stored: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    failures: list[tuple[str, CommuniqueError]] = field(default_factory=list)
    with_errors: list[str] = field(default_factory=list)  # stored, but a stage failed on them

    @property
    def doc_ids(self) -> list[str]:
        """Every article of the run as it is stored (new, replaced or already there)."""
        seen = dict.fromkeys([*self.stored, *(stored for _, stored in self.duplicates)])
        return list(seen)


def _default_extractor(articles: Iterable[Article]) -> Iterator[Document]:
    from communique import pipeline  # the NLP stack loads only when there is work for it

    return pipeline.extract_articles(articles)


def _known_hashes(con: Connection, articles: list[Article]) -> dict[str, str]:
    hashes = [a.content_hash or content_hash(a.text) for a in articles]
    return dict(con.execute("SELECT content_hash, doc_id FROM articles WHERE list_contains(?, content_hash)",
                            [hashes]).fetchall())


def ingest_paths(con: Connection, paths: Iterable[str | Path], *, extract: Extractor | None = None,
                 tenures: Iterable[Tenure] | None = None, batch: int = WRITE_BATCH,
                 progress: Progress | None = None) -> IngestSummary:
    """Read files and folders, extract the new articles and store them, ``batch`` per transaction.

    Unreadable inputs are recorded in ``failures`` and skipped. Articles whose content is
    already stored are not extracted again. If extraction stops with an error, the batches
    already written stay stored and the error propagates. ``kb_tenures`` is refreshed from
    ``tenures`` (default: the packaged knowledge base).
    """
    run = extract or _default_extractor
    summary = IngestSummary()
    sync_kb_tenures(con, knowledge_base_tenures() if tenures is None else tenures)
    articles: list[Article] = []
    for item in read_paths(paths):
        if isinstance(item, IngestFailure):
            summary.failures.append((item.source, item.error))
        else:
            articles.append(item)
    summary.read = len(articles)
    record_failures(con, summary.failures)
    known = _known_hashes(con, articles)
    todo: list[Article] = []
    for article in articles:
        chash = article.content_hash or content_hash(article.text)
        if chash in known:
            summary.duplicates.append((article.doc_id, known[chash]))
        else:
            known[chash] = article.doc_id  # a second copy within the run is a duplicate too
            todo.append(article)
    urls = {a.doc_id: a.url for a in todo if a.url}
    done = 0
    buffer: list[Document] = []

    def flush() -> None:
        nonlocal done
        result = write_documents(con, buffer, urls=urls)
        summary.stored.extend(result.stored)
        summary.duplicates.extend(result.duplicates)
        summary.replaced.extend(result.replaced)
        summary.with_errors.extend(d.doc_id for d in buffer if d.errors)
        done += len(buffer)
        buffer.clear()
        if progress:
            progress(done, len(todo))

    if not todo:  # nothing new: do not load the NLP stack at all
        return summary
    if progress:
        progress(0, len(todo))
    for doc in run(iter(todo)):
        buffer.append(doc)
        if len(buffer) >= batch:
            flush()
    if buffer:
        flush()
    return summary

"""The store's schema, built by named migrations applied in order.

Each migration is a function of a connection, registered under a name in ``MIGRATIONS``;
``_migrations`` records which have run (``version``, ``name``, ``applied_at``). ``pending``
only reads; ``migrate`` applies what is pending, each migration in its own transaction.
Never edit a released migration: add the next one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import duckdb

from communique.errors import StoreError

Connection = duckdb.DuckDBPyConnection
Migration = tuple[str, Callable[[Connection], None]]


def _m001_initial(con: Connection) -> None:
    con.execute("""
        CREATE TABLE articles (
            doc_id VARCHAR PRIMARY KEY,
            source VARCHAR NOT NULL,
            title VARCHAR,
            url VARCHAR,
            published_value DATE,
            published_basis VARCHAR NOT NULL,
            published_earliest DATE,
            published_latest DATE,
            content_hash VARCHAR NOT NULL UNIQUE,
            text VARCHAR NOT NULL,
            errors VARCHAR[] NOT NULL,
            ingested_at TIMESTAMP NOT NULL
        )""")
    # One row per real-world actor across all articles (see writer.global_actor_id).
    con.execute("""
        CREATE TABLE actors (
            actor_id VARCHAR PRIMARY KEY,
            kind VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            country VARCHAR,
            kb_id VARCHAR
        )""")
    con.execute("""
        CREATE TABLE article_actors (
            doc_id VARCHAR NOT NULL,
            local_id VARCHAR NOT NULL,
            ord INTEGER NOT NULL,
            actor_id VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            country VARCHAR,
            sector VARCHAR,
            titles VARCHAR[] NOT NULL,
            aliases VARCHAR[] NOT NULL,
            kb_id VARCHAR
        )""")
    con.execute("""
        CREATE TABLE mentions (
            doc_id VARCHAR NOT NULL,
            local_id VARCHAR NOT NULL,
            ord INTEGER NOT NULL,
            actor_id VARCHAR NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            surface VARCHAR NOT NULL
        )""")
    con.execute("""
        CREATE TABLE timexes (
            doc_id VARCHAR NOT NULL,
            ord INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            value VARCHAR NOT NULL,
            mod VARCHAR,
            begin_date DATE,
            until_date DATE,
            vague BOOLEAN NOT NULL
        )""")
    con.execute("""
        CREATE TABLE events (
            doc_id VARCHAR NOT NULL,
            event_id VARCHAR NOT NULL,
            ord INTEGER NOT NULL,
            type VARCHAR NOT NULL,
            mode VARCHAR,
            cameo VARCHAR,
            when_start DATE,
            when_end DATE,
            when_text VARCHAR,
            where_name VARCHAR,
            where_country VARCHAR,
            status VARCHAR NOT NULL,
            contexts VARCHAR[] NOT NULL,
            quote VARCHAR NOT NULL,
            evidence JSON NOT NULL,
            confidence DOUBLE NOT NULL,
            trigger VARCHAR
        )""")
    con.execute("""
        CREATE TABLE event_participants (
            doc_id VARCHAR NOT NULL,
            event_id VARCHAR NOT NULL,
            role VARCHAR NOT NULL,          -- 'actor' or 'recipient'
            ord INTEGER NOT NULL,
            local_id VARCHAR NOT NULL,
            actor_id VARCHAR               -- NULL when the local id names no actor
        )""")
    con.execute("""
        CREATE TABLE failures (
            source VARCHAR NOT NULL,
            code VARCHAR NOT NULL,
            message VARCHAR NOT NULL,
            "at" TIMESTAMP NOT NULL
        )""")


def _m002_kb_tenures(con: Connection) -> None:
    """Office tenures from the knowledge base, and who held which title when (``role_spells``)."""
    con.execute("""
        CREATE TABLE kb_tenures (
            kb_id VARCHAR PRIMARY KEY,     -- the knowledge base's key for this tenure
            actor_id VARCHAR NOT NULL,     -- the global actor id of its holder
            person VARCHAR NOT NULL,
            country VARCHAR,
            office VARCHAR,
            title VARCHAR NOT NULL,
            start DATE NOT NULL,
            "end" DATE                     -- NULL while in office
        )""")
    # A spell: one person with one title (case ignored) as the articles show it, dated by
    # publication dates. The tenure beside it overlaps it; the same title wins, then the latest.
    con.execute("""
        CREATE VIEW role_spells AS
        WITH spells AS (
        SELECT aa.actor_id,
               min(t.title) AS title,
               any_value(aa.country) AS country,
               min(coalesce(a.published_value, a.published_earliest)) AS first_seen,
               max(coalesce(a.published_value, a.published_latest, a.published_earliest)) AS last_seen,
               count(DISTINCT aa.doc_id) AS n_articles,
               any_value(aa.kb_id) AS kb_id
        FROM article_actors aa
        JOIN articles a USING (doc_id)
        CROSS JOIN unnest(aa.titles) AS t(title)
        WHERE aa.kind = 'person'
        GROUP BY aa.actor_id, lower(t.title))
        SELECT s.*, k.title AS kb_title, k.start AS kb_start, k."end" AS kb_end
        FROM spells s
        LEFT JOIN LATERAL (
            SELECT t.title, t.start, t."end" FROM kb_tenures t
            WHERE t.actor_id = s.actor_id
              AND t.start <= coalesce(s.last_seen, t.start)
              AND coalesce(t."end", DATE '9999-12-31') >= coalesce(s.first_seen, t.start)
            ORDER BY (lower(t.title) = lower(s.title)) DESC, t.start DESC
            LIMIT 1
        ) k ON true""")


def _m003_when_basis(con: Connection) -> None:
    """Where each event's date comes from: 'stated', 'context' or 'published' (``When.basis``).
    Rows written before it keep NULL, read back as 'stated'."""
    con.execute("ALTER TABLE events ADD COLUMN when_basis VARCHAR")


MIGRATIONS: tuple[Migration, ...] = (
    ("001_initial", _m001_initial),
    ("002_kb_tenures", _m002_kb_tenures),
    ("003_when_basis", _m003_when_basis),
)
SCHEMA_VERSION = len(MIGRATIONS)


@contextmanager
def transaction(con: Connection) -> Iterator[Connection]:
    """``BEGIN`` ... ``COMMIT``; ``ROLLBACK`` on any error or interruption, which propagates."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _has_migrations_table(con: Connection) -> bool:
    row = con.execute("SELECT count(*) FROM information_schema.tables "
                      "WHERE table_name = '_migrations' AND table_schema = current_schema()").fetchone()
    return bool(row and row[0])


def applied(con: Connection) -> list[str]:
    """Names of the migrations already applied, in order."""
    if not _has_migrations_table(con):
        return []
    return [r[0] for r in con.execute("SELECT name FROM _migrations ORDER BY version").fetchall()]


def schema_version(con: Connection) -> int:
    """The number of migrations applied (0 for an empty database)."""
    return len(applied(con))


def check_not_newer(con: Connection, path: str) -> None:
    """E302 when the store was written by a newer communique than this one."""
    found = applied(con)
    known = [name for name, _ in MIGRATIONS]
    if found[:len(known)] != known[:len(found)] or len(found) > len(known):
        raise StoreError("E302", path=path, found=len(found), supported=SCHEMA_VERSION)


def pending(con: Connection) -> list[str]:
    """Names of migrations not yet applied; reads only."""
    done = set(applied(con))
    return [name for name, _ in MIGRATIONS if name not in done]


def migrate(con: Connection, path: str = ":memory:") -> list[str]:
    """Apply every pending migration, each in its own transaction; returns their names."""
    check_not_newer(con, path)
    con.execute("CREATE TABLE IF NOT EXISTS _migrations ("
                "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL UNIQUE, applied_at TIMESTAMP NOT NULL)")
    done = set(applied(con))
    ran = []
    for version, (name, step) in enumerate(MIGRATIONS, start=1):
        if name in done:
            continue
        with transaction(con):
            step(con)
            con.execute("INSERT INTO _migrations VALUES (?, ?, ?)",
                        [version, name, dt.datetime.now(dt.UTC).replace(tzinfo=None)])
        ran.append(name)
    return ran

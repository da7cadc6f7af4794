"""The DuckDB store: migrations, transactional writes, duplicates, global actors, queries."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.errors import QueryError, StoreError
from communique.ingest import content_hash
from communique.records import STATUSES, WHEN_BASES, Actor, Document, Event, Published, Timex, When, Where
from communique.store import connect, queries
from communique.store.schema import MIGRATIONS, SCHEMA_VERSION, applied, migrate, pending, schema_version
from communique.store.writer import global_actor_id, ingest_paths, sync_kb_tenures, write_documents

from .conftest import fake_extract_articles, make_document

Con = Any
TABLES = ("articles", "actors", "article_actors", "mentions", "timexes", "events", "event_participants")


def count(con: Con, table: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    return int(row[0])


# -- schema and migrations ------------------------------------------------------------------

def test_fresh_store_is_fully_migrated(fresh_db: Con) -> None:
    assert schema_version(fresh_db) == SCHEMA_VERSION == len(MIGRATIONS)
    assert applied(fresh_db) == [name for name, _ in MIGRATIONS]
    assert pending(fresh_db) == []
    assert migrate(fresh_db) == []  # idempotent
    for table in (*TABLES, "failures", "role_spells", "kb_tenures"):
        assert count(fresh_db, table) == 0


def test_an_older_store_is_upgraded_in_order(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE _migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL UNIQUE, "
                "applied_at TIMESTAMP NOT NULL)")
    first_name, first_step = MIGRATIONS[0]
    first_step(con)
    con.execute("INSERT INTO _migrations VALUES (1, ?, now())", [first_name])
    _write_as_of_first_schema(con, make_document("d1"))
    assert pending(con) == [name for name, _ in MIGRATIONS[1:]]
    con.close()
    con = connect(path)
    assert pending(con) == [] and schema_version(con) == SCHEMA_VERSION
    assert [r[0] for r in con.execute("SELECT name FROM _migrations ORDER BY version").fetchall()] == \
        [name for name, _ in MIGRATIONS]
    assert queries.read_document(con, "d1").events  # the data survived
    con.close()


def _write_as_of_first_schema(con: duckdb.DuckDBPyConnection, doc: Document) -> None:
    """Write ``doc`` the way a release with only the first migration did: through today's
    writer into a current store, then copy the columns the old tables have."""
    current = duckdb.connect(":memory:")
    migrate(current)
    write_documents(current, [doc])
    tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                        "WHERE table_type = 'BASE TABLE' AND table_name <> '_migrations'").fetchall()]
    for table in tables:
        cols = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                          "ORDER BY ordinal_position", [table]).fetchall()]
        quoted = ", ".join(f'"{c}"' for c in cols)
        rows = current.execute(f"SELECT {quoted} FROM {table}").fetchall()
        for row in rows:
            con.execute(f"INSERT INTO {table} VALUES ({', '.join('?' * len(cols))})", list(row))
    current.close()


def test_pending_only_reads() -> None:
    con = duckdb.connect(":memory:")
    assert pending(con) == [name for name, _ in MIGRATIONS]
    assert con.execute("SELECT count(*) FROM information_schema.tables").fetchone() == (0,)


def test_store_from_a_newer_communique_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    connect(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO _migrations VALUES (999, '999_future', now())")
    con.close()
    with pytest.raises(StoreError) as err:
        connect(path)
    assert err.value.code == "E302"


def test_read_only_open_never_creates_or_migrates(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with pytest.raises(StoreError) as err:
        connect(path, read_only=True)
    assert err.value.code == "E303" and not path.exists()
    duckdb.connect(str(path)).close()  # an empty, unmigrated database
    with pytest.raises(StoreError) as err:
        connect(path, read_only=True)
    assert err.value.code == "E304"
    connect(path).close()
    con = connect(path, read_only=True)
    assert pending(con) == []
    with pytest.raises(duckdb.Error):
        con.execute("DELETE FROM articles")
    con.close()


HOLD_LOCK = textwrap.dedent("""
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("locked", flush=True)
    time.sleep(30)
""")


def test_a_store_in_use_by_another_process_is_e301(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    connect(path).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        for read_only in (False, True):
            with pytest.raises(StoreError) as err:
                connect(path, read_only=read_only)
            assert err.value.code == "E301"
    finally:
        holder.kill()
        holder.wait()


# -- writing --------------------------------------------------------------------------------

def test_write_and_read_back(fresh_db: Con) -> None:
    doc = make_document("d1")
    doc.content_hash = content_hash(doc.text)
    doc.timexes = [Timex(40, 49, "on Monday", "DATE", "2025-01-06", begin=dt.date(2025, 1, 6),
                         until=dt.date(2025, 1, 6))]
    result = write_documents(fresh_db, [doc])
    assert result.stored == ["d1"] and result.duplicates == [] and result.replaced == []
    assert queries.read_document(fresh_db, "d1") == doc
    surfaces = [r[0] for r in fresh_db.execute("SELECT surface FROM mentions ORDER BY start").fetchall()]
    assert surfaces == ["Cho Tae-yul", "Antony Blinken"]


def test_the_same_article_twice_is_stored_once(fresh_db: Con) -> None:
    doc = make_document("d1")
    assert write_documents(fresh_db, [doc]).stored == ["d1"]
    again = write_documents(fresh_db, [doc, make_document("copy", text=doc.text + "  ")])
    assert again.stored == [] and again.duplicates == [("d1", "d1"), ("copy", "d1")]
    assert count(fresh_db, "articles") == 1 and count(fresh_db, "events") == 1


def test_duplicates_within_one_batch(fresh_db: Con) -> None:
    doc = make_document("d1")
    result = write_documents(fresh_db, [doc, make_document("d2", text=doc.text)])
    assert result.stored == ["d1"] and result.duplicates == [("d2", "d1")]


def test_new_content_under_a_stored_doc_id_replaces_it(fresh_db: Con) -> None:
    write_documents(fresh_db, [make_document("d1")])
    new = make_document("d1", text="Cho Tae-yul and Antony Blinken met again in Seoul on Tuesday.")
    new.events = []
    result = write_documents(fresh_db, [new])
    assert result.stored == ["d1"] and result.replaced == ["d1"]
    assert count(fresh_db, "articles") == 1 and count(fresh_db, "events") == 0
    assert queries.read_document(fresh_db, "d1").text == new.text


def test_a_failing_write_mid_batch_leaves_nothing_stored(fresh_db: Con) -> None:
    good = make_document("good")
    bad = make_document("bad", text="Marco Rubio and Cho Hyun met in Washington, officials said.",
                        a="Marco Rubio", b="Cho Hyun")
    bad.events[0].type = None  # type: ignore[assignment]  # violates NOT NULL after 'good' is inserted
    with pytest.raises(duckdb.Error):
        write_documents(fresh_db, [good, bad])
    for table in TABLES:
        assert count(fresh_db, table) == 0, table
    assert write_documents(fresh_db, [good]).stored == ["good"]  # the connection is usable afterwards


def test_failures_are_recorded(fresh_db: Con, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Cho Tae-yul met Antony Blinken.", encoding="utf-8")
    summary = ingest_paths(fresh_db, [tmp_path, tmp_path / "gone.txt"], extract=fake_extract_articles)
    assert summary.read == 1 and summary.stored == ["ok"]
    rows = fresh_db.execute("SELECT code, source FROM failures ORDER BY code").fetchall()
    assert rows == [("E101", str(tmp_path / "gone.txt")), ("E104", str(tmp_path / "empty.txt"))]


def test_ingest_skips_known_articles_before_extraction(fresh_db: Con, articles_dir: Path) -> None:
    asked: list[str] = []

    def extract(articles: Any) -> Any:
        arts = list(articles)
        asked.extend(a.doc_id for a in arts)
        return fake_extract_articles(arts)

    first = ingest_paths(fresh_db, [articles_dir], extract=extract, batch=2)
    assert first.read == 3 and sorted(first.stored) == ["a1", "a2", "j1"] and not first.failures
    assert sorted(asked) == ["a1", "a2", "j1"]
    asked.clear()
    second = ingest_paths(fresh_db, [articles_dir], extract=extract)
    assert second.stored == [] and len(second.duplicates) == 3 and asked == []
    assert sorted(second.doc_ids) == ["a1", "a2", "j1"]


def test_ingest_keeps_the_source_url(fresh_db: Con, tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text('{"id": "u1", "url": "https://x.test/a", "text": "Cho met Rubio."}\n',
                                         encoding="utf-8")
    ingest_paths(fresh_db, [tmp_path], extract=fake_extract_articles, tenures=())
    assert fresh_db.execute("SELECT doc_id, url, source FROM articles").fetchall() == \
        [("u1", "https://x.test/a", f"{tmp_path / 'feed.jsonl'}:1")]


# -- global actors --------------------------------------------------------------------------

def person(name: str, country: str | None = "KOR", kb_id: str | None = None) -> Actor:
    return Actor(id="a1", name=name, kind="person", country=country, kb_id=kb_id)


def test_global_actor_ids() -> None:
    assert global_actor_id(person("Kim Jong-un")) == global_actor_id(person("kim jong un"))
    assert global_actor_id(person("Lee Jae-myung")) == global_actor_id(person("Lee Jae Myung"))
    assert global_actor_id(person("Cho Hyun")) != global_actor_id(person("Cho Tae-yul"))
    assert global_actor_id(person("Cho")) != global_actor_id(person("Cho Hyun"))
    assert global_actor_id(person("Cho Hyun", "KOR")) != global_actor_id(person("Cho Hyun", None))
    assert global_actor_id(Actor(id="a", name="Seoul", kind="country", country="KOR")) == "country:KOR"
    # every tenure of one office holder, and the unresolved name, are one actor
    rubio = global_actor_id(person("Marco Rubio", "USA"))
    assert global_actor_id(person("Rubio", "USA", kb_id="marcorubio:USA:foreign_minister:2025-01-21")) == rubio
    assert global_actor_id(person("Marco Rubio", "USA", kb_id="marcorubio:USA:other:2011-01-03")) == rubio


def test_one_person_across_articles_is_one_actor(fresh_db: Con) -> None:
    d1 = make_document("d1")
    d2 = make_document("d2", text="Cho Tae-yul and Marco Rubio met in Washington, officials said.",
                       b="Marco Rubio", day=dt.date(2025, 2, 7))
    d3 = make_document("d3", text="Cho Hyun and Antony Blinken met in Seoul, officials said.", a="Cho Hyun",
                       day=dt.date(2024, 5, 1))
    write_documents(fresh_db, [d1, d2, d3])
    rows = {r.name: r for r in queries.actors(fresh_db, kind="person")}
    assert set(rows) == {"Cho Tae-yul", "Antony Blinken", "Marco Rubio", "Cho Hyun"}
    assert rows["Cho Tae-yul"].n_articles == 2 and rows["Cho Tae-yul"].n_events == 2
    assert (rows["Cho Tae-yul"].first_seen, rows["Cho Tae-yul"].last_seen) == (dt.date(2025, 1, 6), dt.date(2025, 2, 7))
    assert rows["Cho Hyun"].n_articles == 1
    assert [r.name for r in queries.actors(fresh_db, kind="country")] == ["South Korea"]


# -- queries --------------------------------------------------------------------------------

@pytest.fixture
def filled(fresh_db: Con) -> Con:
    write_documents(fresh_db, [
        make_document("d1"),
        make_document("d2", text="Cho Tae-yul and Marco Rubio will meet in Washington, officials said.",
                      b="Marco Rubio", day=dt.date(2025, 2, 7), status="planned"),
        make_document("d3", text="Cho Hyun accused Antony Blinken of meddling, officials said.", a="Cho Hyun",
                      day=dt.date(2024, 5, 1), type="ACCUSE"),
        make_document("d4", text="Cho Hyun and Marco Rubio spoke, officials said.", a="Cho Hyun", b="Marco Rubio",
                      day=None),
    ])
    return fresh_db


def ids(rows: list[queries.EventRow]) -> list[str]:
    return [r.doc_id for r in rows]


def test_event_filters(filled: Con) -> None:
    assert ids(queries.events(filled)) == ["d1", "d2", "d3", "d4"]
    assert ids(queries.events(filled, actor="rubio")) == ["d2", "d4"]
    assert ids(queries.events(filled, actor="CHO TAE YUL")) == ["d1", "d2"]
    assert ids(queries.events(filled, type="accuse")) == ["d3"]
    assert ids(queries.events(filled, status="planned")) == ["d2"]
    assert ids(queries.events(filled, since="2025-01-01")) == ["d1", "d2"]
    assert ids(queries.events(filled, until=dt.date(2025, 1, 31))) == ["d1", "d3"]
    assert ids(queries.events(filled, country="South Korea")) == ids(queries.events(filled, country="KR"))
    assert ids(queries.events(filled, country="USA")) == ["d1", "d2", "d3", "d4"]
    assert ids(queries.events(filled, country="JPN")) == []
    row = queries.events(filled, actor="Blinken")[0]
    assert row.actors == ("Cho Tae-yul",) and row.recipients == ("Antony Blinken",)
    assert row.where_name == "Seoul" and row.date == dt.date(2025, 1, 6)


@pytest.mark.parametrize("filters, option", [
    ({"type": "MEET"}, "--type"), ({"status": "happened"}, "--status"), ({"since": "last week"}, "--since"),
    ({"country": "Atlantis"}, "--country"), ({"since": "2025-02-01", "until": "2025-01-01"}, "--since"),
    ({"actor": "--"}, "--actor"),
])
def test_bad_filters_are_e401(filled: Con, filters: dict[str, str], option: str) -> None:
    with pytest.raises(QueryError) as err:
        queries.events(filled, **filters)
    assert err.value.code == "E401" and option in err.value.message


def test_timeline_is_in_date_order_with_undated_last(filled: Con) -> None:
    assert ids(queries.timeline(filled)) == ["d3", "d1", "d2", "d4"]
    assert ids(queries.timeline(filled, doc_ids=["d2", "d1"])) == ["d1", "d2"]


def test_actor_profile(filled: Con) -> None:
    profile = queries.actor_profile(filled, "Cho Tae-yul")
    assert profile.actor.name == "Cho Tae-yul"
    assert [(r.title, r.first_seen, r.last_seen, r.n_articles) for r in profile.roles] == \
        [("Foreign Minister", dt.date(2025, 1, 6), dt.date(2025, 2, 7), 2)]
    assert [e.doc_id for e in profile.events] == ["d1", "d2"]
    assert {c.name for c in profile.counterparts} == {"Antony Blinken", "Marco Rubio"}
    assert queries.actor_profile(filled, "rubio").actor.name == "Marco Rubio"
    assert queries.actor_profile(filled, "Cho").actor.name in ("Cho Tae-yul", "Cho Hyun")
    with pytest.raises(QueryError) as err:
        queries.actor_profile(filled, "Kim Jong-un")
    assert err.value.code == "E402"


@dataclass(frozen=True)
class Tenure:
    kb_id: str
    person: str
    country: str
    office: str
    title: str
    start: dt.date
    end: dt.date | None


def test_role_spells_carry_the_knowledge_base_tenure(filled: Con) -> None:
    sync_kb_tenures(filled, [
        Tenure("chotaeyul:KOR:foreign_minister:2024-01-12", "Cho Tae-yul", "KOR", "foreign_minister",
               "Foreign Minister", dt.date(2024, 1, 12), dt.date(2025, 6, 3)),
        Tenure("chotaeyul:KOR:other:2010-01-01", "Cho Tae-yul", "KOR", "other", "Ambassador",
               dt.date(2010, 1, 1), dt.date(2011, 1, 1)),
    ])
    (spell,) = queries.actor_profile(filled, "Cho Tae-yul").roles
    assert (spell.kb_title, spell.kb_start, spell.kb_end) == ("Foreign Minister", dt.date(2024, 1, 12),
                                                             dt.date(2025, 6, 3))
    assert all(r.kb_start is None for r in queries.actor_profile(filled, "Marco Rubio").roles)
    assert sync_kb_tenures(filled, []) == 0 and count(filled, "kb_tenures") == 0


def test_the_packaged_knowledge_base_loads(fresh_db: Con) -> None:
    from communique.store.writer import knowledge_base_tenures

    assert sync_kb_tenures(fresh_db, knowledge_base_tenures()) > 100


def test_export_events(filled: Con, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    assert queries.export_events(filled, out, "parquet", actor="Rubio") == 2
    with duckdb.connect() as con:
        rows = con.execute(f"SELECT doc_id, actors, recipients FROM '{out}' ORDER BY doc_id").fetchall()
    assert rows == [("d2", ["Cho Tae-yul"], ["Marco Rubio"]), ("d4", ["Cho Hyun"], ["Marco Rubio"])]
    csv = tmp_path / "events.csv"
    assert queries.export_events(filled, csv, "csv") == 4
    assert csv.read_text(encoding="utf-8").startswith("doc_id,event_id,type")


def test_read_document_of_an_unknown_id_is_e402(fresh_db: Con) -> None:
    with pytest.raises(QueryError) as err:
        queries.read_document(fresh_db, "nope")
    assert err.value.code == "E402"


# -- round trip -----------------------------------------------------------------------------

names = st.text(min_size=1, max_size=30)
maybe = st.none() | st.text(max_size=20)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
spans = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000))


@st.composite
def documents(draw: Callable[..., Any]) -> Document:
    text = draw(st.text(min_size=1, max_size=300))
    n = draw(st.integers(0, 3))
    actors = [Actor(id=f"a{i}", name=draw(names), kind=draw(st.sampled_from(["person", "organization", "country",
                                                                             "group"])),
                    country=draw(st.none() | st.sampled_from(["KOR", "USA", "PRK"])), sector=draw(maybe),
                    titles=draw(st.lists(names, max_size=2)), aliases=draw(st.lists(names, max_size=2)),
                    mentions=draw(st.lists(spans, max_size=3)), kb_id=draw(st.none() | names))
              for i in range(n)]
    local = [a.id for a in actors]
    events = []
    for i in range(draw(st.integers(0, 2))):
        start = draw(st.none() | dates)
        events.append(Event(
            id=f"v{i}", type=draw(st.sampled_from(["CONSULT", "AGREE", "ACCUSE"])),
            status=draw(st.sampled_from(STATUSES)), quote=draw(st.text(max_size=50)),
            evidence=draw(st.lists(spans, max_size=2)),
            actor=draw(st.lists(st.sampled_from(local), max_size=2)) if local else [],
            recipient=draw(st.lists(st.sampled_from(local), max_size=2)) if local else [],
            mode=draw(maybe), cameo=draw(maybe),
            when=When(start, draw(dates), draw(maybe), draw(st.sampled_from(WHEN_BASES))) if start else None,
            where=draw(st.none() | st.builds(Where, maybe, st.sampled_from(["KOR", "USA"]))),
            contexts=draw(st.lists(names, max_size=2)), confidence=draw(st.floats(0, 1)),
            trigger=draw(maybe)))
    timexes = [Timex(start=s, end=e, text=draw(names), type=draw(st.sampled_from(["DATE", "DURATION"])),
                     value=draw(names), mod=draw(maybe), begin=draw(st.none() | dates),
                     until=draw(st.none() | dates), vague=draw(st.booleans()))
               for s, e in draw(st.lists(spans, max_size=2))]
    published = Published(value=draw(st.none() | dates), basis=draw(st.sampled_from(["header", "none"])),
                          earliest=draw(st.none() | dates), latest=draw(st.none() | dates))
    return Document(doc_id=draw(names), source=draw(st.text(max_size=20)), title=draw(maybe), text=text,
                    published=published, actors=actors, timexes=timexes, events=events,
                    errors=draw(st.lists(st.text(max_size=20), max_size=2)), content_hash=content_hash(text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_round_trip(doc: Document) -> None:
    con = connect(":memory:")
    try:
        assert write_documents(con, [doc]).stored == [doc.doc_id]
        assert queries.read_document(con, doc.doc_id) == doc
    finally:
        con.close()

"""The ``communique`` command: a thin shell over the library.

Each command parses its options, calls library functions (``communique.ingest``,
``communique.pipeline``, ``communique.store``) and formats the result. Library errors
(``CommuniqueError``) are translated in one place, ``_Group.invoke``: a red message on stderr
and an exit code per error family (see ``EXIT_CODES``).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer
from typer.core import TyperGroup

from communique.errors import CommuniqueError, ExtractionError, IngestError, QueryError

if TYPE_CHECKING:
    from rich.console import Console
    from typer._click.core import Context

    from communique.records import Article
    from communique.store.queries import EventRow
    from communique.store.schema import Connection
    from communique.store.writer import IngestSummary

# Exit status per error family: E1xx ingest, E2xx extraction, E3xx store, E4xx query/usage.
EXIT_CODES: dict[str, int] = {"E1": 3, "E2": 4, "E3": 5, "E4": 2}
TABLE_FORMATS = ("table", "csv", "jsonl")
EVENT_FORMATS = ("table", "csv", "jsonl", "parquet")
EXTRACT_FORMATS = ("jsonl", "json")


def exit_code(error: CommuniqueError) -> int:
    return EXIT_CODES.get(error.code[:2], 1)


def _err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def _out() -> Console:
    from rich.console import Console

    console = Console(highlight=False)
    if not console.is_terminal:  # piped or captured: wide rows rather than 80-column wrapping
        console.width = 160
    return console


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


class _Group(TyperGroup):
    """The one place where library errors become a message and an exit code."""

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except CommuniqueError as exc:
            _err().print(f"[bold red]error[/bold red] {_escape(exc.message)}")
            raise typer.Exit(exit_code(exc)) from exc


app = typer.Typer(
    cls=_Group,
    name="communique",
    help="Political event data from diplomacy news: who met or acted on whom, when, where, with what status.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# -- shared options -------------------------------------------------------------------------

Db = Annotated[Path, typer.Option("--db", envvar="COMMUNIQUE_DB", show_envvar=True,
                                  help="The DuckDB store file.")]
Paths = Annotated[list[Path], typer.Argument(help="Article files (.txt, .jsonl, .html) or folders.",
                                             show_default=False)]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="A participant's name (or part of it), alias or id.")]
CountryOpt = Annotated[str | None, typer.Option("--country",
                                                help="ISO 3166 code or country name (place or participant).")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")]
StatusOpt = Annotated[str | None, typer.Option("--status", help="occurred, ongoing, planned, possible or denied.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="Events on or after YYYY-MM-DD.")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Events on or before YYYY-MM-DD.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")]
DEFAULT_DB = Path("communique.duckdb")


def _format(value: str, choices: Sequence[str]) -> str:
    key = value.strip().lower()
    if key not in choices:
        raise QueryError("E403", value=value, choices=", ".join(choices))
    return key


@contextmanager
def _store(db: Path, *, read_only: bool) -> Iterator[Connection]:
    from communique.store import connect

    con = connect(db, read_only=read_only)
    try:
        yield con
    finally:
        con.close()


# -- output helpers -------------------------------------------------------------------------

def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return "" if value is None else value


def _write_rows(rows: Sequence[dict[str, Any]], fmt: str, out: TextIO) -> None:
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: _flat(v) for k, v in row.items()} for row in rows)


def _emit(rows: Sequence[dict[str, Any]], fmt: str, output: Path | None) -> None:
    if output is None:
        _write_rows(rows, fmt, sys.stdout)
        return
    with output.open("w", encoding="utf-8", newline="") as fh:
        _write_rows(rows, fmt, fh)
    _err().print(f"wrote {len(rows)} rows to {_escape(str(output))}")


def _dates(row: EventRow) -> str:
    if row.when_start is None:
        if row.published is not None:
            return f"{row.published} (published)"
        if row.published_earliest is not None:
            return f"{row.published_earliest}..{row.published_latest or ''} (published, inferred)"
        return "-"
    if row.when_end and row.when_end != row.when_start:
        return f"{row.when_start}..{row.when_end}"
    return str(row.when_start)


def _participants(row: EventRow) -> str:
    left, right = ", ".join(row.actors), ", ".join(row.recipients)
    return f"{left} -> {right}" if right else left


def _place(row: EventRow) -> str:
    if row.where_name and row.where_country:
        return f"{row.where_name} ({row.where_country})"
    return row.where_name or row.where_country or ""


def _timeline_table(rows: Sequence[EventRow], title: str | None = None) -> None:
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for name in ("date(s)", "type/mode", "participants", "status", "place", "doc_id"):
        table.add_column(name, overflow="fold", no_wrap=name in ("date(s)", "status"))
    for r in rows:
        kind = f"{r.type}/{r.mode}" if r.mode else r.type
        table.add_row(_dates(r), kind, _escape(_participants(r)), r.status, _escape(_place(r)), _escape(r.doc_id))
    _out().print(table)


def _events_out(rows: Sequence[EventRow], fmt: str, output: Path | None, title: str | None = None) -> None:
    if fmt == "table":
        if output is not None:
            raise QueryError("E401", option="--output", detail="write a file with --format csv, jsonl or parquet")
        _timeline_table(rows, title)
        if not rows:
            _err().print("no events match")
    else:
        _emit([r.to_dict() for r in rows], fmt, output)


# -- ingest and extract ---------------------------------------------------------------------

def _report_failures(failures: Iterable[tuple[str, CommuniqueError]], limit: int = 20) -> None:
    err = _err()
    items = list(failures)
    for _source, exc in items[:limit]:
        err.print(f"[yellow]skipped[/yellow] {_escape(exc.message)}")
    if len(items) > limit:
        err.print(f"[yellow]... and {len(items) - limit} more (see the failures table)[/yellow]")


def _ingest(con: Connection, paths: list[Path]) -> IngestSummary:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from communique.store.writer import ingest_paths

    err = _err()
    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("extract", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        summary = ingest_paths(con, paths, progress=progress)
    _report_failures(summary.failures)
    if summary.read == 0:
        raise IngestError("E111", paths=", ".join(str(p) for p in paths))
    err.print(f"read {summary.read} · stored {len(summary.stored)} · skipped as duplicate "
              f"{len(summary.duplicates)} · failed {len(summary.failures)}"
              + (f" · replaced {len(summary.replaced)}" if summary.replaced else "")
              + (f" · stored with extraction errors {len(summary.with_errors)}" if summary.with_errors else ""))
    return summary


@app.command("ingest")
def ingest_cli(paths: Paths, db: Db = DEFAULT_DB) -> None:
    """Read articles, extract their events and store them (duplicates are skipped).

    Example: communique ingest articles/ --db news.duckdb
    """
    with _store(db, read_only=False) as con:
        _ingest(con, paths)


@app.command("run")
def run_cli(paths: Paths, db: Db = DEFAULT_DB) -> None:
    """Ingest articles, then print the timeline of their events.

    Example: communique run examples/articles
    """
    from communique.store import queries

    with _store(db, read_only=False) as con:
        summary = _ingest(con, paths)
        rows = queries.timeline(con, doc_ids=summary.doc_ids)
    _events_out(rows, "table", None, title="timeline")


@app.command("extract")
def extract_cli(
    paths: Paths,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (one document per line) or json.")] = "jsonl",
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave the article text out.")] = False,
) -> None:
    """Print contract-v1 documents for articles, without a store. Unreadable files go to stderr.

    Example: communique extract article.txt --format json
    """
    from communique.ingest import IngestFailure, read_paths
    from communique.pipeline import extract_articles

    fmt = _format(fmt, EXTRACT_FORMATS)
    err = _err()

    def articles() -> Iterator[Article]:
        for item in read_paths(paths):
            if isinstance(item, IngestFailure):
                err.print(f"[yellow]skipped[/yellow] {_escape(item.message)}")
            else:
                yield item

    n = 0
    docs: list[dict[str, Any]] = []
    for doc in extract_articles(articles()):
        n += 1
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(doc.to_dict(include_text=not no_text), ensure_ascii=False) + "\n")
        else:
            docs.append(doc.to_dict(include_text=not no_text))
    if fmt == "json":
        sys.stdout.write(json.dumps(docs, ensure_ascii=False, indent=2) + "\n")
    if n == 0:
        raise IngestError("E111", paths=", ".join(str(p) for p in paths))


# -- queries --------------------------------------------------------------------------------

@app.command("events")
def events_cli(
    db: Db = DEFAULT_DB, actor: ActorOpt = None, country: CountryOpt = None, type: TypeOpt = None,
    status: StatusOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, jsonl or parquet.")] = "table",
    output: OutputOpt = None,
) -> None:
    """List stored events, filtered. Parquet needs --output.

    Example: communique events --actor Rubio --type CONSULT --format csv
    """
    from communique.store import queries

    fmt = _format(fmt, EVENT_FORMATS)
    filters: dict[str, Any] = {"actor": actor, "country": country, "type": type, "status": status,
                               "since": since, "until": until}
    with _store(db, read_only=True) as con:
        if fmt == "parquet":
            if output is None:
                raise QueryError("E401", option="--format parquet", detail="give a file with --output")
            n = queries.export_events(con, output, "parquet", **filters)
            _err().print(f"wrote {n} events to {_escape(str(output))}")
            return
        rows = queries.events(con, **filters)
    _events_out(rows, fmt, output, title="events")


@app.command("timeline")
def timeline_cli(
    db: Db = DEFAULT_DB, actor: ActorOpt = None, country: CountryOpt = None, since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or jsonl.")] = "table",
) -> None:
    """Stored events in date order: dates, type, participants, status, place, source article.

    Example: communique timeline --country KOR --since 2025-01-01
    """
    from communique.store import queries

    fmt = _format(fmt, TABLE_FORMATS)
    with _store(db, read_only=True) as con:
        rows = queries.timeline(con, actor=actor, country=country, since=since, until=until)
    _events_out(rows, fmt, None, title="timeline")


@app.command("actors")
def actors_cli(
    db: Db = DEFAULT_DB,
    kind: Annotated[str | None, typer.Option("--kind", help="person, organization, country or group.")] = None,
    country: CountryOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or jsonl.")] = "table",
) -> None:
    """List actors across all stored articles, most active first.

    Example: communique actors --kind person --country KOR
    """
    from rich.table import Table

    from communique.store import queries

    fmt = _format(fmt, TABLE_FORMATS)
    with _store(db, read_only=True) as con:
        rows = queries.actors(con, kind=kind, country=country)
    if fmt != "table":
        _emit([r.to_dict() for r in rows], fmt, None)
        return
    table = Table(title="actors")
    for name in ("name", "kind", "country", "articles", "events", "first seen", "last seen"):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(_escape(r.name), r.kind, r.country or "", str(r.n_articles), str(r.n_events),
                      str(r.first_seen or ""), str(r.last_seen or ""))
    _out().print(table)


@app.command("actor")
def actor_cli(
    name: Annotated[str, typer.Argument(help="The actor's name, alias or id.", show_default=False)],
    db: Db = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Profile of one actor: roles over time, events and most frequent counterparts.

    Example: communique actor "Marco Rubio"
    """
    from rich.table import Table

    from communique.store import queries

    fmt = _format(fmt, ("table", "json"))
    with _store(db, read_only=True) as con:
        profile = queries.actor_profile(con, name)
    if fmt == "json":
        sys.stdout.write(json.dumps(profile.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    a = profile.actor
    out = _out()
    out.print(f"[bold]{_escape(a.name)}[/bold] ({a.kind}{', ' + a.country if a.country else ''}) · "
              f"{a.n_articles} articles · {a.n_events} events · seen {a.first_seen or '?'} .. {a.last_seen or '?'}")
    if profile.roles:
        roles = Table(title="roles")
        for col in ("title", "country", "first seen", "last seen", "articles", "in office"):
            roles.add_column(col, overflow="fold")
        for r in profile.roles:
            office = f"{r.kb_title}: {r.kb_start} .. {r.kb_end or 'now'}" if r.kb_start else ""
            roles.add_row(_escape(r.title), r.country or "", str(r.first_seen or ""), str(r.last_seen or ""),
                          str(r.n_articles), _escape(office))
        out.print(roles)
    if profile.counterparts:
        others = Table(title="counterparts")
        others.add_column("name", overflow="fold")
        others.add_column("events")
        for c in profile.counterparts:
            others.add_row(_escape(c.name), str(c.n_events))
        out.print(others)
    _timeline_table(profile.events, title="events")


# -- time -----------------------------------------------------------------------------------

def _read_source(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    from communique.ingest import load_text

    return load_text(source)


def _parse_dct(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ExtractionError("E203", value=value) from None


@app.command("timex")
def timex_cli(
    source: Annotated[str, typer.Argument(help="A text file, or - for stdin.", show_default=False)],
    dct: Annotated[str | None, typer.Option("--dct", help="Document creation date YYYY-MM-DD, "
                                                           "against which relative dates resolve.")] = None,
) -> None:
    """Print the TIMEX3 time expressions of a text as a JSON list.

    Example: echo "They met on Monday." | communique timex - --dct 2025-01-08
    """
    reference = _parse_dct(dct)
    text = _read_source(source)
    find_timexes = _timex_finder()
    found = find_timexes(text, reference)
    sys.stdout.write(json.dumps([t.to_dict() for t in found], ensure_ascii=False, indent=2) + "\n")


def _timex_finder() -> Callable[..., Any]:
    import importlib

    module = importlib.import_module("communique.time")  # loaded only when asked for
    finder: Callable[..., Any] = module.find_timexes
    return finder


def main() -> None:
    """Console-script entry point."""
    app(prog_name="communique")

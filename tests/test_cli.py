"""The command line: every command through typer's CliRunner, with exit codes and output."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
import typer
from typer.testing import CliRunner

from communique.cli import EXIT_CODES, app
from communique.store import connect
from communique.store.writer import write_documents

from .conftest import make_document

runner = CliRunner()


def invoke(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Any:
    return runner.invoke(app, list(args), env=env, input=input)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store with four events written directly (no NLP)."""
    path = tmp_path / "store.duckdb"
    con = connect(path)
    write_documents(con, [
        make_document("d1"),
        make_document("d2", text="Cho Tae-yul and Marco Rubio will meet in Washington, officials said.",
                      b="Marco Rubio", day=dt.date(2025, 2, 7), status="planned"),
        make_document("d3", text="Cho Hyun accused Antony Blinken of meddling, officials said.", a="Cho Hyun",
                      day=dt.date(2024, 5, 1), type="ACCUSE"),
    ])
    con.close()
    return path


def test_every_command_has_help() -> None:
    group: Any = typer.main.get_command(app)
    assert set(group.commands) == {"ingest", "extract", "events", "actors", "actor", "timeline", "timex", "run"}
    for name, command in group.commands.items():
        assert command.help and len(command.help.strip()) > 20, name
        result = invoke(name, "--help")
        assert result.exit_code == 0, name
        assert "Usage" in result.output
    assert invoke("--help").exit_code == 0


# -- ingest and run -------------------------------------------------------------------------

def test_ingest_reports_and_stores(fake_nlp: list[str], articles_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    (articles_dir / "broken.txt").write_bytes(b"\xff\xfe bad")
    result = invoke("ingest", str(articles_dir), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "read 3 · stored 3 · skipped as duplicate 0 · failed 1" in result.stderr
    assert "E103" in result.stderr and "broken.txt" in result.stderr
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (3,)
    assert con.execute("SELECT code FROM failures").fetchall() == [("E103",)]
    con.close()
    again = invoke("ingest", str(articles_dir), "--db", str(db))
    assert again.exit_code == 0
    assert "read 3 · stored 0 · skipped as duplicate 3 · failed 1" in again.stderr


def test_ingest_uses_the_environment_store(fake_nlp: list[str], articles_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "env.duckdb"
    result = invoke("ingest", str(articles_dir), env={"COMMUNIQUE_DB": str(db)})
    assert result.exit_code == 0 and db.exists()


def test_ingest_fails_only_when_nothing_could_be_read(fake_nlp: list[str], tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = invoke("ingest", str(tmp_path / "empty.txt"), str(tmp_path / "missing"), "--db",
                    str(tmp_path / "s.duckdb"))
    assert result.exit_code == EXIT_CODES["E1"]
    assert "E104" in result.stderr and "E101" in result.stderr and "E111" in result.stderr
    assert "Traceback" not in result.output


def test_run_prints_the_timeline_of_its_articles(fake_nlp: list[str], articles_dir: Path, tmp_path: Path) -> None:
    result = invoke("run", str(articles_dir), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 0, result.output
    assert "timeline" in result.stdout and "CONSULT" in result.stdout
    assert "2025-01-06" in result.stdout and "Blinken" in result.stdout and "a1" in result.stdout


# -- extract --------------------------------------------------------------------------------

def test_extract_prints_contract_documents(fake_nlp: list[str], articles_dir: Path) -> None:
    (articles_dir / "notes.bin.txt").write_bytes(b"\x00\x01\x02")
    result = invoke("extract", str(articles_dir), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["doc_id"] for d in docs] == ["a1", "a2", "j1"]
    assert all(d["contract"] == "communique/v1" and "text" in d for d in docs)
    assert docs[0]["published"] == {"value": "2025-01-06", "basis": "header", "earliest": None, "latest": None}
    assert docs[1]["title"] == "Rubio Plans Seoul Trip"
    assert "E102" in result.stderr


def test_extract_json_without_text(fake_nlp: list[str], articles_dir: Path) -> None:
    result = invoke("extract", str(articles_dir / "a1.txt"), "--format", "json", "--no-text")
    assert result.exit_code == 0
    docs = json.loads(result.stdout)
    assert len(docs) == 1 and "text" not in docs[0] and docs[0]["events"][0]["type"] == "CONSULT"


def test_extract_rejects_unknown_formats(articles_dir: Path) -> None:
    result = invoke("extract", str(articles_dir), "--format", "xml")
    assert result.exit_code == EXIT_CODES["E4"] and "E403" in result.stderr


# -- queries --------------------------------------------------------------------------------

def test_events_as_csv_and_jsonl(store: Path) -> None:
    result = invoke("events", "--db", str(store), "--format", "csv", "--actor", "Rubio")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("doc_id,event_id,type,mode") and len(lines) == 2
    assert lines[1].startswith("d2,v1,CONSULT,visit") and "Marco Rubio" in lines[1]
    result = invoke("events", "--db", str(store), "--format", "jsonl", "--status", "occurred", "--country", "KOR")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc_id"], r["actors"], r["recipients"]) for r in rows] == \
        [("d1", ["Cho Tae-yul"], ["Antony Blinken"]), ("d3", ["Cho Hyun"], ["Antony Blinken"])]


def test_events_table_and_output_files(store: Path, tmp_path: Path) -> None:
    result = invoke("events", "--db", str(store), "--type", "accuse")
    assert result.exit_code == 0 and "ACCUSE" in result.stdout and "d3" in result.stdout
    out = tmp_path / "ev.parquet"
    result = invoke("events", "--db", str(store), "--format", "parquet", "--output", str(out))
    assert result.exit_code == 0, result.output
    with duckdb.connect() as con:
        assert con.execute(f"SELECT count(*) FROM '{out}'").fetchone() == (3,)
    out_csv = tmp_path / "ev.csv"
    assert invoke("events", "--db", str(store), "--format", "csv", "-o", str(out_csv)).exit_code == 0
    assert len(out_csv.read_text(encoding="utf-8").splitlines()) == 4


@pytest.mark.parametrize("args, code", [
    (["--format", "parquet"], "E401"),
    (["--format", "xls"], "E403"),
    (["--since", "yesterday"], "E401"),
    (["--type", "MEETING"], "E401"),
    (["--output", "x.csv"], "E401"),
])
def test_events_usage_errors(store: Path, args: list[str], code: str) -> None:
    result = invoke("events", "--db", str(store), *args)
    assert result.exit_code == EXIT_CODES["E4"]
    assert code in result.stderr and "Traceback" not in result.output


def test_queries_on_a_missing_store_are_e303(tmp_path: Path) -> None:
    for command in ("events", "actors", "timeline"):
        result = invoke(command, "--db", str(tmp_path / "none.duckdb"))
        assert result.exit_code == EXIT_CODES["E3"] and "E303" in result.stderr
    assert not (tmp_path / "none.duckdb").exists()


def test_actors(store: Path) -> None:
    result = invoke("actors", "--db", str(store), "--kind", "person", "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["name"] == "Antony Blinken" and rows[0]["n_events"] == 2
    assert {r["name"] for r in rows} == {"Antony Blinken", "Cho Tae-yul", "Marco Rubio", "Cho Hyun"}
    table = invoke("actors", "--db", str(store), "--country", "USA")
    assert table.exit_code == 0 and "Marco Rubio" in table.stdout and "Cho Hyun" not in table.stdout


def test_actor_profile(store: Path) -> None:
    result = invoke("actor", "Cho Tae-yul", "--db", str(store))
    assert result.exit_code == 0, result.output
    assert "Cho Tae-yul" in result.stdout and "Foreign Minister" in result.stdout and "Marco Rubio" in result.stdout
    as_json = json.loads(invoke("actor", "rubio", "--db", str(store), "--format", "json").stdout)
    assert as_json["actor"]["name"] == "Marco Rubio" and as_json["counterparts"][0]["name"] == "Cho Tae-yul"
    missing = invoke("actor", "Kim Jong-un", "--db", str(store))
    assert missing.exit_code == EXIT_CODES["E4"] and "E402" in missing.stderr


def test_timeline(store: Path) -> None:
    result = invoke("timeline", "--db", str(store), "--format", "jsonl")
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["d3", "d1", "d2"]
    table = invoke("timeline", "--db", str(store), "--actor", "Blinken", "--since", "2025-01-01")
    assert table.exit_code == 0
    assert "2025-01-06" in table.stdout and "d1" in table.stdout and "d3" not in table.stdout


# -- timex ----------------------------------------------------------------------------------

def test_timex_rejects_a_bad_reference_date() -> None:
    result = invoke("timex", "-", "--dct", "06/01/2025", input="They met on Monday.")
    assert result.exit_code == EXIT_CODES["E2"] and "E203" in result.stderr


def test_timex_prints_json(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import communique.time as time_pkg
    from communique.records import Timex

    calls: list[tuple[str, dt.date | None]] = []

    def find_timexes(text: str, dct: dt.date | None, *, skip: Any = ()) -> list[Timex]:
        calls.append((text, dct))
        return [Timex(10, 19, "on Monday", "DATE", "2025-01-06")]

    monkeypatch.setattr(time_pkg, "find_timexes", find_timexes, raising=False)
    result = invoke("timex", "-", "--dct", "2025-01-08", input="They met on Monday.")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"start": 10, "end": 19, "text": "on Monday", "type": "DATE",
                                          "value": "2025-01-06"}]
    assert calls == [("They met on Monday.", dt.date(2025, 1, 8))]
    path = tmp_path / "t.txt"
    path.write_text("Talks on Friday.", encoding="utf-8")
    assert invoke("timex", str(path)).exit_code == 0 and calls[-1] == ("Talks on Friday.", None)
    assert invoke("timex", str(tmp_path / "nope.txt")).exit_code == EXIT_CODES["E1"]


# -- the real pipeline (loads the spaCy model) ----------------------------------------------

@pytest.mark.slow
def test_extract_seeds_with_the_real_pipeline(seeds_dir: Path) -> None:
    result = invoke("extract", str(seeds_dir), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["doc_id"] for d in docs] == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    for doc in docs:
        assert doc["contract"] == "communique/v1"
        assert not doc["text"].lstrip().startswith("date ")
        for event in doc["events"]:
            for start, end in event["evidence"]:
                assert 0 <= start < end <= len(doc["text"])


@pytest.mark.slow
def test_run_seeds_with_the_real_pipeline(seeds_dir: Path, tmp_path: Path) -> None:
    result = invoke("run", str(seeds_dir), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 0, result.output
    assert "read 5 · stored 5" in result.stderr


# -- the README is the user's first contact: keep it true -----------------------------------

README = Path(__file__).resolve().parents[1] / "README.md"
RUN = "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/communique run examples/articles"
TEST = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest -q"


def test_readme_starts_with_the_two_commands() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ")
    body = [line for line in lines[1:] if line.strip()]
    assert body[:6] == ["```", RUN, "```", "```", TEST, "```"]


def test_ci_runs_the_readme_test_command() -> None:
    script = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST in script and "set -euo pipefail" in script


def test_readme_documents_every_command() -> None:
    text = README.read_text(encoding="utf-8")
    group: Any = typer.main.get_command(app)
    for name in group.commands:
        assert f"communique {name}" in text, name

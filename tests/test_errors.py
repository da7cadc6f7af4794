"""The error catalogue, and its single translation point in the CLI."""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from communique.cli import EXIT_CODES, app, exit_code
from communique.errors import CATALOGUE, CommuniqueError, IngestError, QueryError, StoreError

SRC = Path(__file__).resolve().parents[1] / "src" / "communique"


def fields(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def test_codes_and_names_are_unique_and_well_formed() -> None:
    names = [spec.name for spec in CATALOGUE.values()]
    assert len(names) == len(set(names))
    for code, spec in CATALOGUE.items():
        assert re.fullmatch(r"E[1-4]\d\d", code) and spec.code == code
        assert re.fullmatch(r"[a-z_]+", spec.name)
        assert 400 <= spec.status < 600


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_error_formats_and_has_an_exit_code(code: str) -> None:
    params = {name: f"<{name}>" for name in fields(CATALOGUE[code].template)}
    err = CommuniqueError(code, **params)
    assert err.message.startswith(f"[{code}] ")
    assert "{" not in err.message
    assert err.to_dict() == {"ok": False, "error": {"code": code, "name": CATALOGUE[code].name,
                                                    "message": err.message},
                             "status": CATALOGUE[code].status}
    assert exit_code(err) == EXIT_CODES[code[:2]] and exit_code(err) not in (0, 1)


def test_every_code_raised_in_the_source_is_catalogued_with_its_parameters() -> None:
    pattern = re.compile(r"""(?:Error|CommuniqueError)\(\s*"(E\d{3})"((?:[^()]|\([^()]*\))*)\)""")
    seen = set()
    for path in SRC.rglob("*.py"):
        for code, args in pattern.findall(path.read_text(encoding="utf-8")):
            assert code in CATALOGUE, (path.name, code)
            given = set(re.findall(r"(\w+)=", args))
            assert given == set(fields(CATALOGUE[code].template)), (path.name, code, given)
            seen.add(code)
    assert {"E101", "E102", "E103", "E104", "E105", "E106", "E107", "E109", "E301", "E401", "E402"} <= seen


@pytest.mark.parametrize("make, exit_status", [
    (lambda: IngestError("E101", path="x"), 3), (lambda: StoreError("E301", path="x"), 5),
    (lambda: QueryError("E403", value="x", choices="a, b"), 2),
])
def test_cli_translates_errors_once(monkeypatch: pytest.MonkeyPatch, make: Callable[[], CommuniqueError],
                                    exit_status: int) -> None:
    import communique.store.queries as queries

    error = make()  # made per test: a shared exception would keep its traceback's frames alive

    def boom(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(queries, "actors", boom)
    monkeypatch.setattr("communique.store.connect", lambda *a, **k: duckdb.connect())
    result = CliRunner().invoke(app, ["actors"])
    assert result.exit_code == exit_status
    assert result.stderr.strip() == f"error {error.message}"
    assert result.stdout == "" and "Traceback" not in result.output

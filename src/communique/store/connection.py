"""Opening the store: the default path, read-only opening for queries, lock and schema errors."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import duckdb

from communique.errors import StoreError
from communique.store.schema import Connection, check_not_newer, migrate, pending

DEFAULT_DB = "communique.duckdb"
ENV_VAR = "COMMUNIQUE_DB"
MEMORY = ":memory:"


def default_db_path(environ: Mapping[str, str] | None = None) -> str:
    """``$COMMUNIQUE_DB`` if set, else ``./communique.duckdb``."""
    env = os.environ if environ is None else environ
    return env.get(ENV_VAR) or DEFAULT_DB


def connect(path: str | Path = MEMORY, *, read_only: bool = False) -> Connection:
    """Open (and for writing, create and migrate) the store at ``path``.

    Read-only opening never changes the file: it fails with E303 when there is no store and
    E304 when the store needs a migration. A store held by another writer gives E301.
    """
    where = str(path)
    if read_only and where != MEMORY and not Path(where).exists():
        raise StoreError("E303", path=where)
    try:
        con = duckdb.connect(where, read_only=read_only and where != MEMORY)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreError("E301", path=where) from exc
        raise StoreError("E305", path=where, detail=str(exc).splitlines()[0]) from exc
    except duckdb.Error as exc:
        raise StoreError("E305", path=where, detail=str(exc).splitlines()[0]) from exc
    try:
        if read_only:
            check_not_newer(con, where)
            todo = pending(con)
            if todo:
                raise StoreError("E304", path=where, pending=", ".join(todo))
        else:
            migrate(con, where)
    except BaseException:
        con.close()
        raise
    return con

"""The error catalogue: every error communique raises or records has a stable code.

Library code raises ``CommuniqueError`` subclasses; the CLI and the HTTP API translate them
once, at their boundary, into a message and exit code or into the JSON error shape
``{"ok": false, "error": {"code": ..., "name": ..., "message": ...}, "status": ...}``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ErrorSpec:
    code: str
    name: str
    template: str
    status: int = 400


CATALOGUE: dict[str, ErrorSpec] = {
    spec.code: spec
    for spec in (
        # E1xx: ingest
        ErrorSpec("E101", "file_not_found", "No such file or folder: {path}", 404),
        ErrorSpec("E102", "binary_file", "{path} looks binary, not text; skipped", 422),
        ErrorSpec("E103", "bad_encoding", "{path} is not valid UTF-8 ({detail}); skipped", 422),
        ErrorSpec("E104", "empty_article", "{path} holds no article text; skipped", 422),
        ErrorSpec("E105", "bad_json_line", "{path}:{line}: not a JSON object ({detail}); skipped", 422),
        ErrorSpec("E106", "missing_field", "{path}:{line}: record has no '{field}'; skipped", 422),
        ErrorSpec("E107", "unsupported_format", "{path}: unsupported file type '{suffix}'; use .txt, .jsonl or .html", 415),
        ErrorSpec("E108", "html_no_text", "{path}: no main text found in the HTML page", 422),
        ErrorSpec("E109", "bad_date", "{path}: date '{value}' is not YYYY-MM-DD", 422),
        ErrorSpec("E110", "unreadable", "{path} could not be read: {detail}", 422),
        ErrorSpec("E111", "no_articles", "no article could be read from {paths}", 422),
        # E2xx: extraction
        ErrorSpec("E201", "model_missing", "spaCy model '{model}' is not installed; reinstall communique (pip install -e .)", 500),
        ErrorSpec("E202", "extraction_failed", "extraction failed for {doc_id}: {detail}", 500),
        ErrorSpec("E203", "bad_reference_date", "reference date '{value}' is not YYYY-MM-DD", 400),
        # E3xx: store
        ErrorSpec("E301", "store_locked", "the store {path} is in use by another process (DuckDB allows one writer)", 409),
        ErrorSpec("E302", "schema_too_new", "the store {path} has schema version {found}, newer than this communique ({supported})", 409),
        ErrorSpec("E303", "store_missing", "no store at {path}; run 'communique ingest' first", 404),
        ErrorSpec("E304", "schema_outdated", "the store {path} needs migrations ({pending}); run 'communique ingest' to upgrade it", 409),
        ErrorSpec("E305", "store_unusable", "the store {path} could not be opened: {detail}", 500),
        # E4xx: query
        ErrorSpec("E401", "bad_filter", "bad value for {option}: {detail}", 400),
        ErrorSpec("E402", "not_found", "{what} not found: {key}", 404),
        ErrorSpec("E403", "bad_format", "unknown output format '{value}'; choose one of {choices}", 400),
    )
}


class CommuniqueError(Exception):
    """An error with a stable code from ``CATALOGUE``."""

    def __init__(self, code: str, **params: Any) -> None:
        self.spec = CATALOGUE[code]
        self.params = params
        super().__init__(f"[{code}] " + self.spec.template.format(**params))

    @property
    def code(self) -> str:
        return self.spec.code

    @property
    def message(self) -> str:
        return str(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON error shape shared by the CLI's JSON output and the HTTP API."""
        return {"ok": False,
                "error": {"code": self.spec.code, "name": self.spec.name, "message": self.message},
                "status": self.spec.status}


class IngestError(CommuniqueError):
    """A file or record could not be turned into an article."""


class ExtractionError(CommuniqueError):
    """The NLP pipeline failed on an article."""


class StoreError(CommuniqueError):
    """The DuckDB store could not be opened, migrated or written."""


class QueryError(CommuniqueError):
    """A query filter or output option was invalid."""

"""Helpers shared by the ingest readers: decoding, hashing, dates, the failure record."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from communique.errors import IngestError

# How much of a file is sniffed for NUL bytes before it is called binary.
_SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """A file or record that could not be read; the batch goes on without it."""

    source: str
    error: IngestError

    @property
    def code(self) -> str:
        return self.error.code

    @property
    def message(self) -> str:
        return self.error.message


def read_bytes(path: Path) -> bytes:
    """The raw bytes of ``path``, or E110 when the OS refuses."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise IngestError("E110", path=path, detail=exc.strerror or exc) from exc


def decode(data: bytes, path: Path) -> str:
    """UTF-8 text with newlines normalized to ``\\n``; E102 for binary, E103 for bad UTF-8."""
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise IngestError("E102", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError("E103", path=path, detail=f"byte {exc.start}: {exc.reason}") from exc
    return normalize_newlines(text)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalized(text: str) -> str:
    """The form of a text that identifies its content: NFC, whitespace runs collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str) -> str:
    """sha256 (hex) of the normalized text: equal for the same article however it was spaced."""
    return hashlib.sha256(normalized(text).encode("utf-8")).hexdigest()


def short_hash(value: str) -> str:
    """A stable 16-hex id for records that bring none (hash of their URL or text)."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


def parse_date(value: object, where: str) -> dt.date:
    """``YYYY-MM-DD`` (a longer ISO timestamp is cut to its day), else E109."""
    text = str(value).strip()
    try:
        if len(text) < 10 or (len(text) > 10 and text[10] not in "T "):
            raise ValueError(text)
        return dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        raise IngestError("E109", path=where, value=text) from exc

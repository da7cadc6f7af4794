"""Typed records that flow through the pipeline, and their contract-v1 JSON form.

ingest -> ``Article``; nlp/time -> ``Timex``; actors -> ``Actor``; events -> ``Event``;
the pipeline returns one ``Document`` per article. Every record is a plain dataclass with
``to_dict()`` / ``from_dict()``; dates are ``datetime.date`` inside and ISO strings outside.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

CONTRACT = "communique/v1"

Span = tuple[int, int]
PublishedBasis = Literal["header", "metadata", "text", "inferred", "none"]
ActorKind = Literal["person", "organization", "country", "group"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Status = Literal["occurred", "ongoing", "planned", "possible", "denied"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES: tuple[str, ...] = ("occurred", "ongoing", "planned", "possible", "denied")


def _d(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True, slots=True)
class Published:
    """When the article appeared: an exact date, or bounds inferred from its content."""

    value: dt.date | None = None
    basis: PublishedBasis = "none"
    earliest: dt.date | None = None
    latest: dt.date | None = None

    @property
    def reference(self) -> dt.date | None:
        """The date relative expressions are resolved against (exact, or the inferred earliest)."""
        return self.value or self.earliest

    def to_dict(self) -> dict[str, Any]:
        return {"value": _d(self.value), "basis": self.basis,
                "earliest": _d(self.earliest), "latest": _d(self.latest)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Published:
        return cls(value=_date(d.get("value")), basis=d.get("basis") or "none",
                   earliest=_date(d.get("earliest")), latest=_date(d.get("latest")))


@dataclass(frozen=True, slots=True)
class Article:
    """One ingested article: the stored body (date header removed) and its metadata.

    ``furniture`` lists character spans of ``text`` that are site furniture (headings,
    "Also Read" teasers, bylines, wire tags): nothing is extracted from them.
    """

    doc_id: str
    text: str
    source: str = ""
    title: str | None = None
    published: Published = field(default_factory=Published)
    url: str | None = None
    content_hash: str = ""
    furniture: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "source": self.source, "title": self.title,
                "url": self.url, "content_hash": self.content_hash,
                "published": self.published.to_dict(), "text": self.text,
                "furniture": [list(s) for s in self.furniture]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(doc_id=str(d["doc_id"]), text=d["text"], source=d.get("source") or "",
                   title=d.get("title"), published=Published.from_dict(d.get("published") or {}),
                   url=d.get("url"), content_hash=d.get("content_hash") or "",
                   furniture=tuple((int(a), int(b)) for a, b in d.get("furniture") or ()))


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 expression: span, type, normalized value, and the day interval it denotes."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    begin: dt.date | None = None   # first day of the interval it denotes, if any
    until: dt.date | None = None   # last day of that interval (inclusive)
    vague: bool = False            # the interval bounds a vague reference ("earlier this week")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                               "type": self.type, "value": self.value}
        if self.mod:
            out["mod"] = self.mod
        if self.begin:
            out["interval"] = [_d(self.begin), _d(self.until or self.begin)]
            out["vague"] = self.vague
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Timex:
        iv = d.get("interval") or [None, None]
        return cls(start=int(d["start"]), end=int(d["end"]), text=d["text"], type=d["type"],
                   value=d["value"], mod=d.get("mod"), begin=_date(iv[0]), until=_date(iv[1]),
                   vague=bool(d.get("vague", False)))


@dataclass(slots=True)
class Actor:
    """A person, organization, country or group, with every mention of it in the article."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    titles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    kb_id: str | None = None       # office-holder knowledge-base key, when resolved

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name": self.name, "kind": self.kind,
                               "country": self.country, "sector": self.sector,
                               "titles": list(self.titles), "aliases": list(self.aliases),
                               "mentions": [list(m) for m in self.mentions]}
        if self.kb_id:
            out["kb_id"] = self.kb_id
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(id=d["id"], name=d["name"], kind=d["kind"], country=d.get("country"),
                   sector=d.get("sector"), titles=list(d.get("titles") or []),
                   aliases=list(d.get("aliases") or []),
                   mentions=[(int(a), int(b)) for a, b in d.get("mentions") or []],
                   kb_id=d.get("kb_id"))


# Where an event's date comes from: a time expression governing the event's own clause
# ("stated"), one carried over from the sentence, the story's lead or the meeting it belongs to
# ("context"), or the publication day of an act reported as the day's news ("published").
WhenBasis = Literal["stated", "context", "published"]
WHEN_BASES: tuple[WhenBasis, ...] = ("stated", "context", "published")


@dataclass(frozen=True, slots=True)
class When:
    start: dt.date
    end: dt.date
    text: str | None = None
    basis: WhenBasis = "stated"

    def to_dict(self) -> dict[str, Any]:
        return {"start": _d(self.start), "end": _d(self.end), "text": self.text, "basis": self.basis}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> When:
        start = _date(d["start"])
        assert start is not None
        basis = d.get("basis") or "stated"
        if basis not in WHEN_BASES:
            raise ValueError(f"unknown date basis {basis!r}")
        return cls(start=start, end=_date(d.get("end")) or start, text=d.get("text"), basis=basis)


@dataclass(frozen=True, slots=True)
class Where:
    name: str | None
    country: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Where:
        return cls(name=d.get("name"), country=d["country"])


@dataclass(slots=True)
class Event:
    """One PLOVER event traced to its evidence span."""

    id: str
    type: str
    status: Status
    quote: str
    evidence: list[Span]
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    mode: str | None = None
    cameo: str | None = None
    when: When | None = None
    where: Where | None = None
    contexts: list[str] = field(default_factory=list)
    confidence: float = 0.5
    trigger: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "type": self.type, "mode": self.mode, "cameo": self.cameo,
            "actor": list(self.actor), "recipient": list(self.recipient),
            "when": self.when.to_dict() if self.when else None,
            "where": self.where.to_dict() if self.where else None,
            "status": self.status, "contexts": list(self.contexts), "quote": self.quote,
            "evidence": [list(e) for e in self.evidence], "confidence": round(self.confidence, 3),
        }
        if self.trigger:
            out["trigger"] = self.trigger
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(id=d["id"], type=d["type"], status=d["status"], quote=d["quote"],
                   evidence=[(int(a), int(b)) for a, b in d.get("evidence") or []],
                   actor=list(d.get("actor") or []), recipient=list(d.get("recipient") or []),
                   mode=d.get("mode"), cameo=d.get("cameo"),
                   when=When.from_dict(d["when"]) if d.get("when") else None,
                   where=Where.from_dict(d["where"]) if d.get("where") else None,
                   contexts=list(d.get("contexts") or []),
                   confidence=float(d.get("confidence", 0.5)), trigger=d.get("trigger"))


@dataclass(slots=True)
class Document:
    """What ``extract`` returns for one article (contract v1)."""

    doc_id: str
    source: str
    title: str | None
    text: str
    published: Published
    actors: list[Actor] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    content_hash: str = ""

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "contract": CONTRACT, "doc_id": self.doc_id, "source": self.source,
            "title": self.title, "published": self.published.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "timexes": [t.to_dict() for t in self.timexes],
            "events": [e.to_dict() for e in self.events],
            "errors": list(self.errors),
        }
        if include_text:
            out["text"] = self.text
        if self.content_hash:
            out["content_hash"] = self.content_hash
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(doc_id=str(d["doc_id"]), source=d.get("source") or "", title=d.get("title"),
                   text=d.get("text") or "", published=Published.from_dict(d.get("published") or {}),
                   actors=[Actor.from_dict(a) for a in d.get("actors") or []],
                   timexes=[Timex.from_dict(t) for t in d.get("timexes") or []],
                   events=[Event.from_dict(e) for e in d.get("events") or []],
                   errors=list(d.get("errors") or []), content_hash=d.get("content_hash") or "")

"""spaCy component ``communique_events``: PLOVER events on ``Doc._.events``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from communique.nlp import StageComponent, article_of
from communique.records import Event, Timex

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from communique.actors.resolve import Resources
    from communique.events.lexicon import Lexicon


class EventsComponent(StageComponent):
    """Requires ``doc._.article``, ``doc._.actors``, ``doc._.timexes`` and ``doc._.reference``;
    assigns ``doc._.events`` (and extends ``doc._.actors`` with states an event needed)."""

    def __init__(self, nlp: Language, name: str, resources: Resources | None = None,
                 lexicon: Lexicon | None = None) -> None:
        from communique.actors.resolve import load_resources
        from communique.events.lexicon import load_lexicon

        self.name = name
        self.resources = resources or load_resources()
        self.lexicon = lexicon or load_lexicon()

    def match(self, doc: Doc) -> tuple[list[Event], dict[str, Any]]:
        from communique.actors.resolve import ActorTable
        from communique.events.extract import extract_events

        article = article_of(doc)
        table = ActorTable.from_data(doc._.actors)
        timexes = [Timex.from_dict(t) for t in doc._.timexes or []]
        reference = dt.date.fromisoformat(doc._.reference) if doc._.reference else None
        events = extract_events(doc, table, self.resources, self.lexicon, timexes, reference, skip=article.furniture)
        return events, table.to_data()

    def set_annotations(self, doc: Doc, result: tuple[list[Event], dict[str, Any]]) -> Doc:
        events, actors = result
        doc._.events = [e.to_dict() for e in events]
        doc._.actors = actors
        return doc

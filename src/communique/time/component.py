"""spaCy component ``communique_time``: timexes and the publication date on ``Doc._``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from communique.nlp import StageComponent, article_of
from communique.records import Published, Timex

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from communique.actors.kb import OfficeHolderKB

class TimeComponent(StageComponent):
    """Requires ``doc._.article`` and ``doc._.actors``; assigns ``doc._.timexes``,
    ``doc._.published`` and ``doc._.reference`` (the day relative dates were resolved against).

    With a given date the timexes are resolved against it. Without one, the publication date
    is inferred from the content (dates named, office-holders' tenures) and, when the evidence
    fixes the news peg, relative expressions are resolved against it.
    """

    def __init__(self, nlp: Language, name: str, kb: OfficeHolderKB | None = None) -> None:
        from communique.actors.kb import load_kb

        self.name = name
        self.kb = kb or load_kb()

    def match(self, doc: Doc) -> tuple[list[Timex], Published, dt.date | None]:
        from communique.actors.resolve import ActorTable
        from communique.time import find_timexes
        from communique.time.published import explain

        article = article_of(doc)
        skip = article.furniture
        published = article.published
        timexes = find_timexes(article.text, published.value, skip=skip)
        if published.value is not None:
            return timexes, published, published.value
        actors = ActorTable.from_data(doc._.actors).actors if doc._.actors else []
        inference = explain(article.text, timexes, actors, self.kb, skip=skip)
        published, reference = inference.published, inference.reference
        if reference is not None:
            timexes = find_timexes(article.text, reference, skip=skip)
        elif published.earliest is not None and published.latest is not None:
            timexes = _settled(timexes, find_timexes(article.text, published.earliest, skip=skip),
                               find_timexes(article.text, published.latest, skip=skip))
        return timexes, published, reference

    def set_annotations(self, doc: Doc, result: tuple[list[Timex], Published, dt.date | None]) -> Doc:
        timexes, published, reference = result
        doc._.timexes = [t.to_dict() for t in timexes]
        doc._.published = published.to_dict()
        doc._.reference = reference.isoformat() if reference else None
        return doc


def _settled(unresolved: list[Timex], at_first: list[Timex], at_last: list[Timex]) -> list[Timex]:
    """Expressions whose reading does not depend on where in the inferred interval the article
    was written ("June 13" when the interval lies within one year) take that reading; the
    others ("on Monday") stay unresolved."""
    first = {(t.start, t.end): t for t in at_first}
    last = {(t.start, t.end): t for t in at_last}
    out = []
    for t in unresolved:
        a, b = first.get((t.start, t.end)), last.get((t.start, t.end))
        same = a is not None and b is not None and a.begin is not None and (a.begin, a.until, a.value) == (b.begin, b.until, b.value)
        out.append(a if same and a is not None else t)
    return out

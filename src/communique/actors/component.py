"""spaCy component ``communique_actors``: the article's actors on ``Doc._.actors``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.nlp import StageComponent, article_of

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from communique.actors.resolve import ActorTable, Resources


class ActorsComponent(StageComponent):
    """Requires ``doc._.article`` (an ``Article`` as data); assigns ``doc._.actors``.

    ``match`` resolves the actors and ``set_annotations`` writes them; failures go to the
    pipeline's error handler, as for spaCy's own components.
    """

    def __init__(self, nlp: Language, name: str, resources: Resources | None = None) -> None:
        from communique.actors.resolve import load_resources

        self.name = name
        self.resources = resources or load_resources()

    def match(self, doc: Doc) -> ActorTable:
        from communique.actors.resolve import resolve_actors

        article = article_of(doc)
        return resolve_actors(doc, self.resources, skip=article.furniture, on=article.published.reference)

    def set_annotations(self, doc: Doc, table: ActorTable) -> Doc:
        doc._.actors = table.to_data()
        return doc

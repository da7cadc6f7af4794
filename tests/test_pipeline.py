"""The pipeline as spaCy components: contract, error routing, batching and determinism."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.nlp import STAGES
from communique.pipeline import Pipeline, extract_articles
from communique.records import Article, Published

pytestmark = pytest.mark.slow

TEXTS = [
    "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday.",
    "Nigeria will host a summit of West African leaders in Abuja next week, officials said.",
    "Morocco condemned Algeria's decision to close its airspace to Moroccan aircraft.",
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.load()


def articles() -> list[Article]:
    return [Article(doc_id=f"t{i}", text=t, published=Published(value=dt.date(2025, 3, 5), basis="header"))
            for i, t in enumerate(TEXTS)]


def test_stage_components_declare_what_they_read_and_write(pipe: Pipeline) -> None:
    names = [name for name, _m, _c in STAGES]
    assert pipe.nlp.pipe_names[-len(names):] == names
    analysis = pipe.nlp.analyze_pipes()
    for name in names:
        summary = analysis["summary"][name]
        assert summary["requires"] and summary["assigns"]
    # the article is put on the Doc before the pipeline runs (Pipeline.doc); all else is produced inside it
    for name in names:
        assert set(analysis["problems"].get(name, [])) <= {"doc._.article"}


def test_a_failing_stage_is_recorded_and_the_batch_goes_on(pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    events = pipe.nlp.get_pipe("communique_events")
    original = events.match

    def flaky(doc):  # type: ignore[no-untyped-def]
        if "Morocco" in doc.text:
            raise RuntimeError("boom")
        return original(doc)

    monkeypatch.setattr(events, "match", flaky)
    docs = list(extract_articles(articles(), pipeline=pipe))
    assert [d.doc_id for d in docs] == ["t0", "t1", "t2"]
    assert docs[2].errors and "[E202]" in docs[2].errors[0] and "boom" in docs[2].errors[0]
    assert docs[0].events and not docs[0].errors


def test_output_is_deterministic_and_independent_of_processes(pipe: Pipeline) -> None:
    one = [d.to_dict() for d in extract_articles(articles(), pipeline=pipe)]
    again = [d.to_dict() for d in extract_articles(articles(), pipeline=pipe)]
    two = [d.to_dict() for d in extract_articles(articles(), pipeline=pipe, n_process=2, batch_size=2)]
    assert one == again == two

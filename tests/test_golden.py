"""Golden files for the extractor: what communique extracts from articles written for the project.

Each ``examples/articles/*.txt`` and ``tests/golden/*.txt`` article has an expected record in
``tests/golden/expected/<name>.json``: its persons, publication date and events (type, mode,
status, participants by name, dates, place). A change in extraction shows up as a diff here, to
be read and accepted deliberately with ``pytest tests/test_golden.py --update-golden``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from communique.pipeline import Pipeline, extract_articles
from communique.records import Article, Document

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"
CASES = sorted([*(ROOT / "examples" / "articles").glob("*.txt"), *GOLDEN.glob("*.txt")])

pytestmark = pytest.mark.slow


def summary(doc: Document) -> dict[str, Any]:
    """The parts of a document an analyst reads, with participants by name (ids are internal)."""
    names = {a.id: a.name for a in doc.actors}
    return {
        "published": doc.published.to_dict(),
        "persons": sorted([{"name": a.name, "country": a.country, "titles": a.titles}
                           for a in doc.actors if a.kind == "person"], key=lambda p: p["name"]),
        "events": [{"type": e.type, "mode": e.mode, "status": e.status,
                    "actor": sorted(names[i] for i in e.actor), "recipient": sorted(names[i] for i in e.recipient),
                    "when": [e.when.start.isoformat(), e.when.end.isoformat()] if e.when else None,
                    "where": e.where.to_dict() if e.where else None,
                    "quote": e.quote} for e in doc.events],
    }


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    from communique.ingest import read_paths

    articles = [a for a in read_paths(CASES) if isinstance(a, Article)]
    return {d.source and Path(d.source).stem or d.doc_id: d for d in extract_articles(articles, pipeline=Pipeline.load())}


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_golden(case: Path, documents: dict[str, Document], request: pytest.FixtureRequest) -> None:
    got = summary(documents[case.stem])
    expected_file = GOLDEN / "expected" / f"{case.stem}.json"
    if request.config.getoption("--update-golden"):
        expected_file.parent.mkdir(exist_ok=True)
        expected_file.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert expected_file.exists(), f"no golden file for {case.name}; run with --update-golden and review it"
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    assert got == expected

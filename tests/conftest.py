"""Shared fixtures: fresh in-memory stores, sample documents, the shared corpus, a fake extractor."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

from communique.records import Actor, Article, Document, Event, Published, When, Where

SHARED = Path(__file__).resolve().parents[2] / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/expected/*.json from the current extractor (review the diff)")

# People the fake extractor knows, with their country.
KNOWN_PEOPLE = {"Cho Tae-yul": "KOR", "Antony Blinken": "USA", "Marco Rubio": "USA", "Cho Hyun": "KOR"}


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture
def seeds_dir(shared_dir: Path) -> Path:
    path = shared_dir / "corpus" / "seeds"
    if not path.is_dir():
        pytest.skip("no seed articles in ../shared")
    return path


@pytest.fixture
def fresh_db() -> Iterator[object]:
    from communique.store import connect

    con = connect(":memory:")
    yield con
    con.close()


def make_document(doc_id: str = "d1", *, text: str | None = None, day: dt.date | None = dt.date(2025, 1, 6),
                  a: str = "Cho Tae-yul", b: str = "Antony Blinken", status: str = "occurred",
                  type: str = "CONSULT") -> Document:
    """A document in which ``a`` meets ``b`` in Seoul on ``day``."""
    text = text or f"{a} and {b} met in Seoul on Monday, officials said."
    ia, ib = text.find(a), text.find(b)
    actors = [Actor(id="a1", name=a, kind="person", country=KNOWN_PEOPLE.get(a, "KOR"), sector="GOV",
                    titles=["Foreign Minister"], aliases=[a.split()[0]], mentions=[(ia, ia + len(a))] if ia >= 0 else []),
              Actor(id="a2", name=b, kind="person", country=KNOWN_PEOPLE.get(b, "USA"), sector="GOV",
                    titles=["Secretary of State"], mentions=[(ib, ib + len(b))] if ib >= 0 else []),
              Actor(id="a3", name="South Korea", kind="country", country="KOR", mentions=[])]
    quote = text.split(",")[0]
    event = Event(id="v1", type=type, status=status, quote=quote, evidence=[(0, len(quote))], actor=["a1"],
                  recipient=["a2"], mode="visit", cameo="042", contexts=["diplomatic"], confidence=0.8,
                  when=When(day, day, "on Monday") if day else None, where=Where("Seoul", "KOR"))
    return Document(doc_id=doc_id, source=f"{doc_id}.txt", title=None, text=text,
                    published=Published(value=day, basis="header" if day else "none"), actors=actors,
                    events=[event])


@pytest.fixture
def doc_factory() -> Callable[..., Document]:
    return make_document


def fake_extract_articles(articles: Iterable[Article], **_: object) -> Iterator[Document]:
    """A stand-in for the NLP stages: known people met, if two of them are named."""
    for article in articles:
        names = [n for n in KNOWN_PEOPLE if re.search(rf"\b{re.escape(n)}\b", article.text)]
        actors = []
        for i, name in enumerate(names, start=1):
            start = article.text.find(name)
            actors.append(Actor(id=f"a{i}", name=name, kind="person", country=KNOWN_PEOPLE[name],
                                titles=["minister"], mentions=[(start, start + len(name))]))
        events = []
        if len(actors) >= 2:
            day = article.published.value
            sentence = article.text.split(".")[0]
            events.append(Event(id="v1", type="CONSULT", status="occurred", quote=sentence,
                                evidence=[(0, len(sentence))], actor=["a1"], recipient=["a2"],
                                when=When(day, day, None) if day else None, where=Where("Seoul", "KOR")))
        yield Document(doc_id=article.doc_id, source=article.source, title=article.title, text=article.text,
                       published=article.published, actors=actors, events=events,
                       content_hash=article.content_hash)


@pytest.fixture
def fake_nlp(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace the NLP stages with ``fake_extract_articles``; returns the doc_ids it was asked for."""
    from communique import pipeline

    seen: list[str] = []

    def fake(articles: Iterable[Article], **kwargs: object) -> Iterator[Document]:
        arts = list(articles)
        seen.extend(a.doc_id for a in arts)
        return fake_extract_articles(arts)

    monkeypatch.setattr(pipeline, "extract_articles", fake)
    return seen


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    """Three small articles in the corpus format (one dated by header, one undated, one JSONL record)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a1.txt").write_text(" date 2025-01-06 Foreign Minister Cho Tae-yul and U.S. Secretary of State "
                                   "Antony Blinken met in Seoul on Monday. (Yonhap)", encoding="utf-8")
    (folder / "a2.txt").write_text("Rubio Plans Seoul Trip\nMarco Rubio will meet Cho Hyun in Seoul next week, "
                                   "officials said.", encoding="utf-8")
    (folder / "more.jsonl").write_text('{"id": "j1", "text": "Cho Hyun said talks went well.", '
                                       '"published": "2025-07-30"}\n', encoding="utf-8")
    return folder

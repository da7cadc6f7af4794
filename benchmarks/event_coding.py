#!/usr/bin/env python3
"""Event coding against the public PLOVER and PETRARCH-2 gold sentences (measurement only).

Reads, at run time, from ``../shared/benchmarks/event-coding/``:

* ``plover_gsr_cameo.jsonl``: one gold PLOVER event per sentence (type, mode, source and
  target actor lists with ISO3 codes);
* ``petrarch2_gsr_validation.jsonl``: CAMEO-coded events with Phoenix actor codes, scored in
  PLOVER terms through the CAMEO -> PLOVER table in ``ontology/CAMEO2PLOVER-2021.txt``
  (parsed here; the most specific code listed wins: 4 digits, then 3, then the root).

Every sentence is one undated article run through ``communique.pipeline.extract_articles``.
For each gold event the predicted event scored is the one of the gold type if the sentence has
one, else the first event predicted. Reported: coverage (sentences with >= 1 event), type
accuracy (over all gold events and over those whose sentence has a prediction), macro-F1 over
types, top confusions, actor-country accuracy (gold source/target countries against the
countries of the scored event's actor/recipient participants; "any" = at least one gold country
found, "exact" = the same set), a per-type table, wall time and sentences/s.

    .venv/bin/python benchmarks/event_coding.py [--limit N] [--json] [--verbose]
        [--dataset plover|petrarch|both] [--data-dir DIR] [--batch-size 64]

These files are test sets: run this to measure a finished change, never to tune on them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "event-coding"
PLOVER_FILE = "plover_gsr_cameo.jsonl"
PETRARCH_FILE = "petrarch2_gsr_validation.jsonl"
CAMEO_TABLE = Path("ontology") / "CAMEO2PLOVER-2021.txt"
NONE = "NONE"  # label of "no event predicted" in confusions

# Country codes in actor codes that are not ISO 3166 alpha-3 but name a country.
CODE_ALIASES = {"KOS": "XKX", "JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD"}


# --------------------------------------------------------------------------- pure functions

def parse_cameo_table(text: str) -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER type, mode or None) from the conversion table's text.

    Lines look like ``0841: RETREAT, release,   legal # comment`` or ``03: AGREE``; blank
    lines, ``#`` comments and rules (``~~~``) are skipped. When a code is listed twice the
    first entry is kept.
    """
    table: dict[str, tuple[str, str | None]] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        code, rest = (part.strip() for part in line.split(":", 1))
        if not code.isdigit():
            continue
        fields = [f.strip() for f in rest.split(",")]
        plover = fields[0].upper()
        if not plover:
            continue
        mode = fields[1] if len(fields) > 1 and fields[1] else None
        table.setdefault(code, (plover, mode))
    return table


def cameo_to_plover(code: str, table: dict[str, tuple[str, str | None]]) -> tuple[str, str | None] | None:
    """The PLOVER (type, mode) of a CAMEO code: the code itself, else its 3-digit parent, else its root."""
    code = code.strip()
    for n in (len(code), 3, 2):
        if 2 <= n <= len(code) and code[:n] in table:
            return table[code[:n]]
    return None


_ISO3: frozenset[str] | None = None


def iso3_codes() -> frozenset[str]:
    global _ISO3
    if _ISO3 is None:
        import pycountry

        _ISO3 = frozenset({c.alpha_3 for c in pycountry.countries} | {"XKX"})
    return _ISO3


def code_country(code: str | None) -> str | None:
    """The ISO3 country of a CAMEO/Phoenix/PLOVER actor code (its first three letters), or None.

    ``---GOV`` (no country), ``IGO...``, ``NGO...`` and other non-country prefixes give None.
    """
    if not code:
        return None
    prefix = code.strip().upper()[:3]
    prefix = CODE_ALIASES.get(prefix, prefix)
    return prefix if prefix in iso3_codes() else None


@dataclass(frozen=True)
class Gold:
    """One gold event, in PLOVER terms."""

    item_id: str
    type: str | None              # None: the gold code has no PLOVER equivalent
    mode: str | None = None
    source: frozenset[str] = frozenset()   # ISO3 countries of the source actors
    target: frozenset[str] = frozenset()
    reciprocal: bool = False     # both parties listed as source; target empty
    code: str = ""               # the original gold code (CAMEO or PLOVER name)
    text: str = ""


@dataclass(frozen=True)
class Pred:
    """One predicted event, reduced to what is scored."""

    type: str
    mode: str | None = None
    actor: frozenset[str] = frozenset()       # ISO3 countries of the actor participants
    recipient: frozenset[str] = frozenset()


def choose(gold: Gold, preds: Sequence[Pred]) -> Pred | None:
    """The predicted event scored against ``gold``: one of the gold type if any, else the first."""
    for p in preds:
        if p.type == gold.type:
            return p
    return preds[0] if preds else None


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class Side:
    """Actor-country agreement on one side (source or target)."""

    n: int = 0            # gold events with >= 1 gold country on this side
    any_ok: int = 0       # a gold country is among the predicted ones
    exact_ok: int = 0     # the same set of countries
    n_typed: int = 0      # ... among gold events whose type was right
    any_typed: int = 0

    def add(self, gold: frozenset[str], pred: frozenset[str] | None, type_ok: bool) -> None:
        if not gold:
            return
        self.n += 1
        hit = pred is not None and bool(gold & pred)
        self.any_ok += hit
        self.exact_ok += pred is not None and pred == gold
        if type_ok:
            self.n_typed += 1
            self.any_typed += hit

    def as_dict(self) -> dict[str, Any]:
        return {"n": self.n, "any": _ratio(self.any_ok, self.n), "exact": _ratio(self.exact_ok, self.n),
                "n_type_correct": self.n_typed, "any_when_type_correct": _ratio(self.any_typed, self.n_typed)}


@dataclass
class Score:
    sentences: int = 0
    covered: int = 0                 # sentences with >= 1 predicted event
    events: int = 0                  # gold events with a PLOVER type
    unmapped: int = 0                # gold events whose code has no PLOVER type
    with_pred: int = 0               # gold events whose sentence has a prediction
    correct: int = 0
    no_event_sentences: int = 0      # gold says: no event
    no_event_false_alarms: int = 0   # ... but something was predicted
    mode_n: int = 0                  # type right and the gold has a mode
    mode_ok: int = 0
    pairs: list[tuple[str, str]] = field(default_factory=list)   # (gold, predicted or NONE)
    source: Side = field(default_factory=Side)
    target: Side = field(default_factory=Side)
    misses: list[dict[str, Any]] = field(default_factory=list)


def score(items: Iterable[tuple[Sequence[Gold], Sequence[Pred]]]) -> Score:
    """Score sentences, each given as (its gold events, its predicted events)."""
    s = Score()
    for golds, preds in items:
        s.sentences += 1
        s.covered += bool(preds)
        if not golds:
            s.no_event_sentences += 1
            s.no_event_false_alarms += bool(preds)
            continue
        for g in golds:
            if g.type is None:
                s.unmapped += 1
                continue
            s.events += 1
            p = choose(g, preds)
            s.with_pred += p is not None
            ok = p is not None and p.type == g.type
            s.correct += ok
            s.pairs.append((g.type, p.type if p else NONE))
            if ok and g.mode:
                s.mode_n += 1
                s.mode_ok += p is not None and p.mode == g.mode
            if g.reciprocal:
                s.source.add(g.source, (p.actor | p.recipient) if p else None, ok)
            else:
                s.source.add(g.source, p.actor if p else None, ok)
                s.target.add(g.target, p.recipient if p else None, ok)
            if not ok:
                s.misses.append({"id": g.item_id, "gold": g.type, "code": g.code,
                                 "predicted": [q.type for q in preds], "text": g.text})
    return s


def per_type(pairs: Sequence[tuple[str, str]]) -> dict[str, dict[str, float | int]]:
    """Precision, recall and F1 per label from (gold, predicted) pairs (NONE is not a label)."""
    labels = sorted({lab for pair in pairs for lab in pair if lab != NONE})
    out: dict[str, dict[str, float | int]] = {}
    for lab in labels:
        tp = sum(g == lab and p == lab for g, p in pairs)
        n_gold = sum(g == lab for g, _ in pairs)
        n_pred = sum(p == lab for _, p in pairs)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[lab] = {"gold": n_gold, "pred": n_pred, "tp": tp, "p": prec, "r": rec, "f1": f1}
    return out


def macro_f1(pairs: Sequence[tuple[str, str]]) -> float:
    """Mean F1 over the labels in gold or predictions (NONE excluded)."""
    table = per_type(pairs)
    return sum(float(v["f1"]) for v in table.values()) / len(table) if table else 0.0


def confusions(pairs: Sequence[tuple[str, str]], top: int = 10) -> list[tuple[str, str, int]]:
    counts = Counter((g, p) for g, p in pairs if g != p)
    return [(g, p, n) for (g, p), n in counts.most_common(top)]


def summary(s: Score, top: int = 10) -> dict[str, Any]:
    return {
        "sentences": s.sentences,
        "coverage": _ratio(s.covered, s.sentences),
        "gold_events": s.events,
        "gold_events_unmapped": s.unmapped,
        "type_accuracy": _ratio(s.correct, s.events),
        "type_accuracy_when_predicted": _ratio(s.correct, s.with_pred),
        "events_with_prediction": s.with_pred,
        "macro_f1": macro_f1(s.pairs),
        "mode_accuracy_when_type_correct": _ratio(s.mode_ok, s.mode_n),
        "mode_n": s.mode_n,
        "no_event_sentences": s.no_event_sentences,
        "no_event_false_alarms": s.no_event_false_alarms,
        "source_country": s.source.as_dict(),
        "target_country": s.target.as_dict(),
        "confusions": [{"gold": g, "pred": p, "n": n} for g, p, n in confusions(s.pairs, top)],
        "type_confusions": [{"gold": g, "pred": p, "n": n}
                            for g, p, n in confusions([q for q in s.pairs if q[1] != NONE], top)],
        "per_type": per_type(s.pairs),
    }


# --------------------------------------------------------------------------- gold readers

def _actor_list(value: Any) -> list[dict[str, Any]]:
    items = value if isinstance(value, list) else [value]
    return [a for a in items if isinstance(a, dict)]


def read_plover(path: Path, limit: int | None) -> list[tuple[str, str, list[Gold]]]:
    """(id, text, gold events) per sentence of the PLOVER gold-standard file."""
    out: list[tuple[str, str, list[Gold]]] = []
    for rec in _records(path, limit):
        golds = []
        for g in rec["gold"]:
            src = frozenset(c for a in _actor_list(g.get("source_actor")) if (c := code_country(a.get("code"))))
            tar = frozenset(c for a in _actor_list(g.get("target_actor")) if (c := code_country(a.get("code"))))
            golds.append(Gold(item_id=rec["id"], type=g.get("event_plover_current") or g.get("event_code"),
                              mode=g.get("mode_plover_current") or g.get("mode"), source=src, target=tar,
                              reciprocal="SRC/TAR:" in (rec.get("markup") or ""),
                              code=g.get("event_code", ""), text=rec["text"]))
        out.append((rec["id"], rec["text"], golds))
    return out


def read_petrarch(path: Path, table: dict[str, tuple[str, str | None]],
                  limit: int | None) -> list[tuple[str, str, list[Gold]]]:
    """(id, text, gold events in PLOVER terms) per sentence of the PETRARCH-2 validation file."""
    out: list[tuple[str, str, list[Gold]]] = []
    for rec in _records(path, limit):
        golds = []
        for g in rec["gold"]:
            code = str(g.get("event_code", ""))
            mapped = cameo_to_plover(code, table)
            src, tar = code_country(g.get("source_actor")), code_country(g.get("target_actor"))
            golds.append(Gold(item_id=rec["id"], type=mapped[0] if mapped else None,
                              mode=mapped[1] if mapped else None,
                              source=frozenset({src} if src else ()), target=frozenset({tar} if tar else ()),
                              code=code, text=rec["text"]))
        out.append((rec["id"], rec["text"], golds))
    return out


def _records(path: Path, limit: int | None) -> Iterable[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        n = 0
        for line in fh:
            if not line.strip():
                continue
            if limit is not None and n >= limit:
                return
            n += 1
            yield json.loads(line)


# --------------------------------------------------------------------------- running

def predict(texts: Sequence[tuple[str, str]], batch_size: int) -> tuple[list[list[Pred]], int, float, float]:
    """Predicted events per text, documents with errors, seconds to load, seconds to extract."""
    from communique.pipeline import Pipeline, extract_articles
    from communique.records import Article, Published

    t0 = time.perf_counter()
    pipe = Pipeline.load()
    t1 = time.perf_counter()
    articles = [Article(doc_id=i, text=t, published=Published(value=None, basis="none")) for i, t in texts]
    preds: list[list[Pred]] = []
    errors = 0
    for doc in extract_articles(articles, pipeline=pipe, batch_size=batch_size):
        errors += bool(doc.errors)
        country = {a.id: a.country for a in doc.actors}
        preds.append([Pred(type=e.type, mode=e.mode,
                           actor=frozenset(c for a in e.actor if (c := country.get(a))),
                           recipient=frozenset(c for a in e.recipient if (c := country.get(a))))
                      for e in doc.events])
    return preds, errors, t1 - t0, time.perf_counter() - t1


def _f(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def report(name: str, summ: dict[str, Any], misses: list[dict[str, Any]], verbose: bool) -> None:
    print(f"== {name}: {summ['sentences']} sentences, {summ['gold_events']} gold events"
          + (f" (+{summ['gold_events_unmapped']} with no PLOVER equivalent, not scored)"
             if summ["gold_events_unmapped"] else ""))
    print(f"coverage (sentences with >=1 event): {_f(summ['coverage'])}")
    if summ["no_event_sentences"]:
        print(f"no-event sentences with a prediction: {summ['no_event_false_alarms']}/{summ['no_event_sentences']}")
    print(f"type accuracy: {_f(summ['type_accuracy'])} (all {summ['gold_events']}), "
          f"{_f(summ['type_accuracy_when_predicted'])} (with a prediction, {summ['events_with_prediction']})")
    print(f"macro-F1 over types: {_f(summ['macro_f1'])}")
    print(f"mode accuracy when type is right: {_f(summ['mode_accuracy_when_type_correct'])} (n={summ['mode_n']})")
    for side in ("source", "target"):
        d = summ[f"{side}_country"]
        print(f"{side} country accuracy: any {_f(d['any'])}, exact {_f(d['exact'])} (n={d['n']}); "
              f"any when type right {_f(d['any_when_type_correct'])} (n={d['n_type_correct']})")
    conf = ", ".join(f"{c['gold']}->{c['pred']} {c['n']}" for c in summ["confusions"])
    print(f"top confusions (gold->predicted): {conf or 'none'}")
    conf = ", ".join(f"{c['gold']}->{c['pred']} {c['n']}" for c in summ["type_confusions"])
    print(f"top confusions between types: {conf or 'none'}")
    print(f"{'type':<10} {'gold':>4} {'pred':>4} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for lab, v in summ["per_type"].items():
        print(f"{lab:<10} {v['gold']:>4} {v['pred']:>4} {v['tp']:>4} {v['p']:>6.3f} {v['r']:>6.3f} {v['f1']:>6.3f}")
    if verbose:
        print(f"misses ({len(misses)}):")
        for m in misses:
            print(f"  {m['id']}: gold {m['gold']} ({m['code']}), predicted {m['predicted'] or '-'} | {m['text']}")
    print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--dataset", choices=("plover", "petrarch", "both"), default="both")
    ap.add_argument("--limit", type=int, default=None, help="only the first N sentences of each file")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON instead")
    ap.add_argument("--verbose", action="store_true", help="list the sentences whose type was missed")
    a = ap.parse_args(argv)

    sets: list[tuple[str, list[tuple[str, str, list[Gold]]]]] = []
    try:
        if a.dataset in ("plover", "both"):
            sets.append(("PLOVER GSR", read_plover(a.data_dir / PLOVER_FILE, a.limit)))
        if a.dataset in ("petrarch", "both"):
            table = parse_cameo_table((a.data_dir / CAMEO_TABLE).read_text(encoding="utf-8"))
            sets.append(("PETRARCH-2 GSR", read_petrarch(a.data_dir / PETRARCH_FILE, table, a.limit)))
    except FileNotFoundError as e:
        print(f"benchmark file not found: {e.filename}", file=sys.stderr)
        return 2

    texts = [(f"{k}:{sid}", text) for k, (_, rows) in enumerate(sets) for sid, text, _ in rows]
    preds, errors, load_s, run_s = predict(texts, a.batch_size)

    results: dict[str, Any] = {}
    pos = 0
    for name, rows in sets:
        s = score((golds, preds[pos + i]) for i, (_, _, golds) in enumerate(rows))
        pos += len(rows)
        results[name] = {**summary(s), "misses": s.misses}
    speed = len(texts) / run_s if run_s else 0.0
    timing = {"sentences": len(texts), "load_s": load_s, "extract_s": run_s, "sentences_per_s": speed,
              "documents_with_errors": errors}

    if a.json:
        if not a.verbose:
            for r in results.values():
                r.pop("misses")
        print(json.dumps({"datasets": results, "timing": timing}, indent=2))
        return 0
    for name, r in results.items():
        report(name, r, r["misses"], a.verbose)
    print(f"wall time: {run_s:.1f}s for {len(texts)} sentences = {speed:.1f} sentences/s "
          f"(pipeline load {load_s:.1f}s; documents with errors: {errors})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

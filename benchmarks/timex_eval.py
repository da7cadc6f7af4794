#!/usr/bin/env python3
"""Run the time stage over a TIMEX3 benchmark file and score it TempEval-3 style.

Usage:
    python benchmarks/timex_eval.py GOLD.jsonl [--scorer PATH] [--verbose] [--keep PRED.jsonl]
        [--exclude-creation-time]

Writes predictions as contract-v1-like documents (doc_id, text, timexes) to a temporary
file, runs the scorer on it and prints the scorer's numbers plus the speed of the timex
stage alone (articles/s). ``--exclude-creation-time`` drops gold timexes marked as the
document's creation time (MEANTIME datelines) before scoring.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from communique.time import find_timexes

DEFAULT_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score_timex.py"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("--scorer", default=str(DEFAULT_SCORER))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--keep", help="also write predictions here")
    ap.add_argument("--exclude-creation-time", action="store_true")
    ap.add_argument("--repeat", type=int, default=3, help="timing repetitions (best is reported)")
    a = ap.parse_args()

    docs = [json.loads(line) for line in Path(a.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    best = float("inf")
    preds: list[dict[str, object]] = []
    for _ in range(max(1, a.repeat)):
        preds = []
        t0 = time.perf_counter()
        for d in docs:
            dct = dt.date.fromisoformat(d["dct"][:10]) if d.get("dct") else None
            txs = find_timexes(d["text"], dct)
            preds.append({"doc_id": d["doc_id"], "text": d["text"], "timexes": [t.to_dict() for t in txs]})
        best = min(best, time.perf_counter() - t0)

    with tempfile.TemporaryDirectory() as tmp:
        pred_path = Path(tmp) / "pred.jsonl"
        gold_path = Path(a.gold)
        pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
        if a.exclude_creation_time:
            # drop the dateline (creation time) from the gold, and predictions on it
            kept = []
            by_id = {str(p["doc_id"]): p for p in preds}
            for d in docs:
                d2 = dict(d)
                ct = [(t["start"], t["end"]) for t in d["timexes"] if t.get("functionInDocument") == "CREATION_TIME"]
                d2["timexes"] = [t for t in d["timexes"] if t.get("functionInDocument") != "CREATION_TIME"]
                kept.append(d2)
                p = by_id[str(d["doc_id"])]
                p["timexes"] = [t for t in p["timexes"]  # type: ignore[attr-defined]
                                if not any(t["start"] < e and s < t["end"] for s, e in ct)]
            gold_path = Path(tmp) / "gold.jsonl"
            gold_path.write_text("".join(json.dumps(d) + "\n" for d in kept), encoding="utf-8")
            pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
        if a.keep:
            Path(a.keep).write_text(pred_path.read_text(encoding="utf-8"), encoding="utf-8")
        cmd = [sys.executable, a.scorer, "--gold", str(gold_path), "--pred", str(pred_path)]
        if a.verbose:
            cmd.append("--verbose")
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    sys.stdout.write(res.stdout)
    sys.stderr.write(res.stderr)
    print(f"speed: {len(docs)} articles in {best:.3f}s = {len(docs) / best:.1f} articles/s (timex stage only)")
    return res.returncode


if __name__ == "__main__":
    raise SystemExit(main())

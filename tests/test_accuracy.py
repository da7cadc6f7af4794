"""Accuracy floors on the seeds and the real-news dev set, scored by ../shared/eval/score.py.

Floors are what the system reached when they were set; raise them as it improves, never lower
them silently. The corpora and the scorer are read from ../shared at run time.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from communique.pipeline import extract

SHARED = Path(__file__).resolve().parents[2] / "shared"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared not present")]

OWN = Path(__file__).parent / "data" / "devset"

# corpus -> {metric: floor}; the floors are what the system reached when they were last raised
FLOORS = {
    "seeds": {"events_f1": 0.94, "events_strict_f1": 0.75, "persons_f1": 1.0, "given_date_kept": 1.0,
              "undated_covered": 1.0},
    "dev": {"events_f1": 0.845, "events_strict_f1": 0.65, "persons_f1": 0.975, "given_date_kept": 1.0,
            "undated_covered": 1.0},
    "own": {"events_f1": 0.855, "events_strict_f1": 0.725, "persons_f1": 0.98, "given_date_kept": 1.0,
            "undated_covered": 1.0},
}


def score(corpus: Path, gold: Path, tmp_path: Path) -> dict:
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as f:
        for doc in extract([corpus]):
            f.write(json.dumps(doc.to_dict(include_text=False)) + "\n")
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def metrics(report: dict) -> dict[str, float]:
    return {
        "events_f1": report["events"]["f1"],
        "events_strict_f1": report["events_strict"]["f1"],
        "persons_f1": report["persons"]["f1"],
        "given_date_kept": report["published"]["given_date_kept"]["accuracy"] or 0.0,
        # an inferred publication interval that misses the true date misdates every relative date
        "undated_covered": report["published"]["undated_interval_covers_truth"]["accuracy"] or 0.0,
    }


@pytest.mark.parametrize("name,corpus,gold", [
    ("seeds", SHARED / "corpus" / "seeds", SHARED / "corpus" / "seeds.gold.jsonl"),
    ("dev", SHARED / "corpus" / "dev" / "articles", SHARED / "corpus" / "dev.gold.jsonl"),
    ("own", OWN / "articles", OWN / "gold.jsonl"),
])
def test_accuracy_floor(name: str, corpus: Path, gold: Path, tmp_path: Path) -> None:
    report = score(corpus, gold, tmp_path)
    assert report["documents"]["missing_from_pred"] == []
    got = metrics(report)
    for metric, floor in FLOORS[name].items():
        assert got[metric] >= floor, f"{name} {metric} {got[metric]:.3f} fell below its floor {floor}"

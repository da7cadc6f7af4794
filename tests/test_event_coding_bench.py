"""The event-coding benchmark script: its pure functions on made-up data, and one smoke run."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "event_coding.py"
DATA = ROOT.parent / "shared" / "benchmarks" / "event-coding"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("event_coding_bench", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


ec = _load()

# A made-up table in the conversion table's layout: roots, leaves, blank modes, comments,
# a root listed twice and a closing rule.
TINY_TABLE = """\
# a conversion table for tests
# edited by nobody

04: CONSULT
040: CONSULT, ,  # talk
042: CONSULT, visit,   # go somewhere

08: CONCEDE
081: CONCEDE,   ,   legal # give way

08: RETREAT
0841: RETREAT, release,   legal # let people go
0861: RETREAT, access , peacekeeping # let others in

17: COERCE
1712: ASSAULT, seize, human_security  # a leaf of another type than its root
~~~~~
"""


def test_parse_cameo_table() -> None:
    table = ec.parse_cameo_table(TINY_TABLE)
    assert table["040"] == ("CONSULT", None)
    assert table["042"] == ("CONSULT", "visit")
    assert table["0841"] == ("RETREAT", "release")
    assert table["0861"] == ("RETREAT", "access")       # trailing blanks stripped
    assert table["08"] == ("CONCEDE", None)             # first listing of a root wins
    assert table["1712"] == ("ASSAULT", "seize")
    assert "~~~~~" not in table and len(table) == 9


def test_cameo_to_plover_falls_back_to_parent_then_root() -> None:
    table = ec.parse_cameo_table(TINY_TABLE)
    assert ec.cameo_to_plover("0841", table) == ("RETREAT", "release")   # exact
    assert ec.cameo_to_plover("0423", table) == ("CONSULT", "visit")     # 3-digit parent
    assert ec.cameo_to_plover("045", table) == ("CONSULT", None)         # root
    assert ec.cameo_to_plover("1712", table) == ("ASSAULT", "seize")     # leaf beats root
    assert ec.cameo_to_plover("171", table) == ("COERCE", None)
    assert ec.cameo_to_plover("015", table) is None                      # no PLOVER equivalent


@pytest.mark.parametrize(("code", "country"), [
    ("USA", "USA"), ("USAGOV", "USA"), ("syrreb", "SYR"), ("PSEGZACVL", "PSE"),
    ("---GOV", None), ("---", None), ("IGOUNOMIL", None), ("NGO", None), ("", None), (None, None),
    ("KOS", "XKX"), ("JAP", "JPN"),
])
def test_code_country(code: str | None, country: str | None) -> None:
    assert ec.code_country(code) == country


def _g(type_: str | None, src: Iterable[str] = (), tar: Iterable[str] = (), **kw: Any) -> Any:
    return ec.Gold(item_id="x", type=type_, source=frozenset(src), target=frozenset(tar), **kw)


def _p(type_: str, actor: Iterable[str] = (), recipient: Iterable[str] = (), mode: str | None = None) -> Any:
    return ec.Pred(type=type_, mode=mode, actor=frozenset(actor), recipient=frozenset(recipient))


def test_choose_prefers_the_gold_type() -> None:
    preds = [_p("CONSULT"), _p("AGREE")]
    assert ec.choose(_g("AGREE"), preds).type == "AGREE"
    assert ec.choose(_g("ASSAULT"), preds).type == "CONSULT"
    assert ec.choose(_g("ASSAULT"), []) is None


def test_score_arithmetic() -> None:
    items = [
        # right type and both countries
        ([_g("AGREE", {"AAA"}, {"BBB"})], [_p("CONSULT", {"AAA"}), _p("AGREE", {"AAA"}, {"BBB"})]),
        # wrong type; the first prediction is scored: source right, target wrong
        ([_g("ASSAULT", {"AAA"}, {"BBB"})], [_p("COERCE", {"AAA"}, {"CCC"})]),
        # nothing predicted
        ([_g("AGREE", {"AAA"}, {"BBB"})], []),
        # right type, gold mode matched; reciprocal: sources against actor and recipient together
        ([_g("CONSULT", {"AAA", "BBB"}, mode="visit", reciprocal=True)], [_p("CONSULT", {"BBB"}, {"AAA"}, "visit")]),
        # gold says no event, one predicted anyway
        ([], [_p("AGREE")]),
        # a gold code with no PLOVER type is not scored
        ([_g(None, {"AAA"})], [_p("AGREE")]),
    ]
    s = ec.score(items)
    summ = ec.summary(s)
    assert s.sentences == 6 and s.covered == 5
    assert summ["coverage"] == pytest.approx(5 / 6)
    assert s.events == 4 and s.unmapped == 1 and s.with_pred == 3 and s.correct == 2
    assert summ["type_accuracy"] == pytest.approx(0.5)
    assert summ["type_accuracy_when_predicted"] == pytest.approx(2 / 3)
    assert (s.no_event_sentences, s.no_event_false_alarms) == (1, 1)
    assert (s.mode_n, s.mode_ok) == (1, 1)
    # source: 4 golds with countries; hits in 1, 2 and 4 (reciprocal exact as a set)
    assert summ["source_country"]["n"] == 4
    assert summ["source_country"]["any"] == pytest.approx(3 / 4)
    assert summ["source_country"]["exact"] == pytest.approx(3 / 4)
    assert summ["source_country"]["any_when_type_correct"] == pytest.approx(1.0)
    # target: the reciprocal gold has none, so 3 golds; only the first is right
    assert summ["target_country"]["n"] == 3
    assert summ["target_country"]["any"] == pytest.approx(1 / 3)
    assert s.pairs == [("AGREE", "AGREE"), ("ASSAULT", "COERCE"), ("AGREE", ec.NONE), ("CONSULT", "CONSULT")]
    assert [m["gold"] for m in s.misses] == ["ASSAULT", "AGREE"]


def test_per_type_macro_f1_and_confusions() -> None:
    pairs = [("A", "A"), ("A", "B"), ("B", "B"), ("A", ec.NONE), ("C", ec.NONE)]
    table = ec.per_type(pairs)
    assert set(table) == {"A", "B", "C"}
    assert table["A"]["p"] == pytest.approx(1.0) and table["A"]["r"] == pytest.approx(1 / 3)
    assert table["A"]["f1"] == pytest.approx(0.5)
    assert table["B"]["p"] == pytest.approx(0.5) and table["B"]["r"] == pytest.approx(1.0)
    assert table["B"]["f1"] == pytest.approx(2 / 3)
    assert table["C"]["f1"] == 0.0
    assert ec.macro_f1(pairs) == pytest.approx((0.5 + 2 / 3 + 0.0) / 3)
    assert ec.macro_f1([]) == 0.0
    assert ec.confusions(pairs) == [("A", "B", 1), ("A", ec.NONE, 1), ("C", ec.NONE, 1)]


@pytest.mark.slow
def test_script_runs_on_the_real_files() -> None:
    if not (DATA / "plover_gsr_cameo.jsonl").is_file():
        pytest.skip("../shared benchmarks are not beside this checkout")
    res = subprocess.run([sys.executable, str(SCRIPT), "--limit", "5"], capture_output=True, text=True,
                         timeout=600, check=False, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    out = res.stdout
    for line in ("== PLOVER GSR: 5 sentences", "== PETRARCH-2 GSR: 5 sentences", "coverage (sentences with >=1 event):",
                 "type accuracy:", "macro-F1 over types:", "source country accuracy:", "target country accuracy:",
                 "top confusions (gold->predicted):",
                 "top confusions between types:", "wall time:", "sentences/s"):
        assert line in out, line

"""The event data files are versioned data: every row must parse and name real PLOVER types."""

from __future__ import annotations

from importlib import resources

from communique.events.lexicon import load_evaluations, load_lexicon
from communique.records import PLOVER_TYPES

MODES = {None, "visit", "phone", "third-party", "multilateral", "investigate"}
RECIPIENT_SPECS = {"dobj", "dative", "host", "between", "poss", "with", "on", "to", "against", "into", "at", "about",
                   "from", "over", "for", "of", "in", "that", "outside", "around", "near", "off"}


def rows() -> list[list[str]]:
    text = resources.files("communique.data").joinpath("event_lexicon.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_every_lexicon_row_is_well_formed() -> None:
    seen = set()
    for cells in rows():
        assert len(cells) == 8, cells
        pos, lemma, prep, etype, mode, cameo, recipient, _contexts = cells
        assert pos in ("verb", "noun") and lemma == lemma.lower() and lemma
        assert etype in PLOVER_TYPES
        assert (None if mode == "-" else mode) in MODES
        assert cameo.isdigit() and 2 <= len(cameo) <= 4
        assert all(r in RECIPIENT_SPECS for r in recipient.split(",") if r != "-"), recipient
        key = (pos, lemma, prep)
        assert key not in seen, f"duplicate sense {key}"
        seen.add(key)


def test_every_plover_type_has_triggers() -> None:
    lex = load_lexicon()
    covered = {t.type for senses in (*lex.verbs.values(), *lex.nouns.values()) for t in senses}
    assert covered == set(PLOVER_TYPES)


def test_phrasal_senses_win_over_bare_ones() -> None:
    lex = load_lexicon()
    assert lex.verb("call", {"on"}).type == "REQUEST"
    assert lex.verb("call", set()).type == "CONSULT"
    assert lex.verb("call", {"on"}).mode is None


def test_evaluations_name_accuse_or_reject() -> None:
    evaluations = load_evaluations()
    assert set(evaluations.values()) <= {"ACCUSE", "REJECT"}
    assert evaluations["provocation"] == "ACCUSE" and evaluations["baseless"] == "REJECT"

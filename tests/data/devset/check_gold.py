#!/usr/bin/env python3
"""Check the hand-written development gold and turn it into a prediction file.

    python tests/data/devset/check_gold.py [--gold GOLD] [--articles DIR] [--out PRED] [--score SCORE_PY]

1. Validates every gold line against the article it annotates: each `quote` (or each fragment of a
   quote joined with " ... ") is a verbatim substring of the body after the date header; every
   person reference is the `name` of a person record; every `@CODE` is an ISO3-shaped code or an
   alias of an organisation/group record; types, alt_types, modes and statuses are legal; dates
   are full days with start <= end; published follows the gold format; no alias is shared by two
   actors of one document.
2. Writes the gold as contract-v1 predictions (`--out`, default `gold_as_pred.jsonl` beside the
   gold file): one actor per gold actor, one country actor per `@ISO3` used, one event per gold
   event (optional ones included), first listed status, published date as given or as the truth.
3. With `--score PATH/TO/score.py` (default: ../shared/eval/score.py from the repository root,
   if present) runs the scorer on the pair. A correct gold file scores event F1 1.0 and person
   F1 1.0 against itself.

The generated prediction file is a by-product for this sanity check; do not commit it.
Standard library only. Exit status 1 when a check fails.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
            "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
STATUSES = {"occurred", "ongoing", "planned", "possible", "denied"}
CONSULT_MODES = {"visit", "phone", "third-party", "multilateral"}
HEADER = re.compile(r"^\s?date (\d{4}-\d{2}-\d{2}) ")


def body_of(raw: str) -> tuple[str | None, str]:
    m = HEADER.match(raw)
    if m:
        return m.group(1), raw[m.end():]
    return None, raw


def day(s: str) -> dt.date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s or ""):
        raise ValueError(f"not a full date: {s!r}")
    return dt.date.fromisoformat(s)


def check_doc(g: dict, articles: Path) -> list[str]:
    errs: list[str] = []
    did = g.get("doc_id")
    path = articles / f"{did}.txt"
    if not path.exists():
        return [f"{did}: no article file {path}"]
    given, body = body_of(path.read_text(encoding="utf-8"))
    pub = g.get("published") or {}
    if pub.get("given") != given:
        errs.append(f"{did}: published.given {pub.get('given')!r} but header says {given!r}")
    if given and pub.get("truth") != given:
        errs.append(f"{did}: truth should equal the given date")
    if not given:
        lo, hi = pub.get("earliest"), pub.get("latest")
        if not (lo and hi):
            errs.append(f"{did}: undated article needs earliest and latest")
        else:
            try:
                if day(lo) > day(hi):
                    errs.append(f"{did}: earliest after latest")
            except ValueError as e:
                errs.append(f"{did}: {e}")
    persons, codes, seen = set(), set(), {}
    for a in g.get("actors", []):
        kind = a.get("kind")
        for al in [a["name"], *a.get("aliases", [])]:
            k = al.lower()
            if k in seen and seen[k] != a["name"]:
                errs.append(f"{did}: alias {al!r} shared by {seen[k]!r} and {a['name']!r}")
            seen[k] = a["name"]
        if kind == "person":
            persons.add(a["name"])
            if not re.fullmatch(r"[A-Z]{3}", a.get("country") or ""):
                errs.append(f"{did}: person {a['name']!r} has no ISO3 country")
            if not any(n in body for n in [a["name"], *a.get("aliases", [])]):
                errs.append(f"{did}: person {a['name']!r} is not named in the body")
        elif kind in ("organization", "group"):
            codes |= {x for x in a.get("aliases", []) if re.fullmatch(r"[A-Z0-9]{2,10}", x)}
        else:
            errs.append(f"{did}: actor kind {kind!r}")
    for n, e in enumerate(g.get("events", []), 1):
        where = f"{did} event {n} ({e.get('type')})"
        for frag in (e.get("quote") or "").split(" ... "):
            if not frag or frag not in body:
                errs.append(f"{where}: quote fragment not in body: {frag!r}")
        if e.get("type") not in TYPES:
            errs.append(f"{where}: bad type")
        for t in e.get("alt_types", []):
            if t not in TYPES or t == e.get("type"):
                errs.append(f"{where}: bad alt type {t!r}")
        mode = e.get("mode")
        if mode is not None and not ((e["type"] == "CONSULT" and mode in CONSULT_MODES)
                                     or (e["type"] == "ACCUSE" and mode == "investigate")):
            errs.append(f"{where}: mode {mode!r} not allowed")
        for ref in e.get("actor", []) + e.get("recipient", []):
            if ref.startswith("@"):
                if ref[1:] not in codes and not re.fullmatch(r"[A-Z]{3}", ref[1:]):
                    errs.append(f"{where}: unknown code {ref}")
            elif ref not in persons:
                errs.append(f"{where}: person {ref!r} not in actors")
        st = e.get("status")
        if not isinstance(st, list) or not st or any(s not in STATUSES for s in st):
            errs.append(f"{where}: bad status {st!r}")
        w = e.get("when")
        if w is not None:
            try:
                if day(w["start"]) > day(w["end"]):
                    errs.append(f"{where}: start after end")
                if not isinstance(w.get("within"), bool):
                    errs.append(f"{where}: within must be true/false")
            except (KeyError, ValueError) as ex:
                errs.append(f"{where}: {ex}")
        pl = e.get("where")
        if pl is not None and not re.fullmatch(r"[A-Z]{3}", pl.get("country") or ""):
            errs.append(f"{where}: where.country must be an ISO3 code")
        if not isinstance(e.get("optional"), bool) or not isinstance(e.get("symmetric"), bool):
            errs.append(f"{where}: optional/symmetric must be booleans")
    return errs


def as_prediction(g: dict) -> dict:
    actors, ids = [], {}
    for i, a in enumerate(g.get("actors", []), 1):
        aid = f"a{i}"
        actors.append({"id": aid, "name": a["name"], "kind": a["kind"], "country": a.get("country"),
                       "sector": None, "titles": a.get("titles", []), "aliases": a.get("aliases", []),
                       "mentions": []})
        ids[a["name"]] = aid
        for al in a.get("aliases", []):
            if re.fullmatch(r"[A-Z0-9]{2,10}", al) and a["kind"] != "person":
                ids["@" + al] = aid

    def ref(r: str) -> str:
        if r not in ids:  # a state as a whole
            code = r[1:]
            ids[r] = f"c{len(ids) + 1}"
            actors.append({"id": ids[r], "name": code, "kind": "country", "country": code,
                           "sector": "GOV", "titles": [], "aliases": [], "mentions": []})
        return ids[r]

    events = []
    for n, e in enumerate(g.get("events", []), 1):
        w = e.get("when")
        events.append({
            "id": f"v{n}", "type": e["type"], "mode": e.get("mode"), "cameo": None,
            "actor": [ref(r) for r in e.get("actor", [])],
            "recipient": [ref(r) for r in e.get("recipient", [])],
            "when": None if w is None else {"start": w["start"], "end": w["end"], "text": None},
            "where": e.get("where"), "status": e["status"][0], "contexts": [],
            "quote": e.get("quote"), "evidence": [], "confidence": 1.0})
    pub = g.get("published", {})
    if pub.get("given"):
        published = {"value": pub["given"], "basis": "header", "earliest": None, "latest": None}
    else:
        published = {"value": pub.get("truth"), "basis": "inferred",
                     "earliest": pub.get("earliest"), "latest": pub.get("latest")}
    return {"contract": "communique/v1", "doc_id": g["doc_id"], "source": None, "title": None,
            "published": published, "actors": actors, "timexes": [], "events": events, "errors": []}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(HERE / "gold.jsonl"))
    ap.add_argument("--articles", default=str(HERE / "articles"))
    ap.add_argument("--out", default=str(HERE / "gold_as_pred.jsonl"))
    ap.add_argument("--score", default=str(HERE.parents[2].parent / "shared" / "eval" / "score.py"))
    a = ap.parse_args()
    gold = [json.loads(line) for line in open(a.gold, encoding="utf-8") if line.strip()]
    errs = []
    ids = [g.get("doc_id") for g in gold]
    if len(ids) != len(set(ids)):
        errs.append("repeated doc_id")
    for g in gold:
        errs += check_doc(g, Path(a.articles))
    for e in errs:
        print("ERROR", e)
    with open(a.out, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(as_prediction(g), ensure_ascii=False) + "\n")
    n_ev = sum(len(g.get("events", [])) for g in gold)
    print(f"{len(gold)} documents, {n_ev} events checked, {len(errs)} problems; predictions in {a.out}")
    if Path(a.score).exists():
        subprocess.run([sys.executable, a.score, "--gold", a.gold, "--pred", a.out], check=False)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

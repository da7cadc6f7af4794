"""Integrity checks and spot checks for the office-holder table ministers.tsv."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

DATA = (
    Path(__file__).resolve().parents[1] / "src" / "communique" / "data" / "office_holders" / "ministers.tsv"
)
HEADER = ["person", "aliases", "country", "office", "title", "org", "start", "end", "source"]
OFFICES = {"foreign_minister", "defence_minister", "national_security_adviser", "envoy", "other"}
EXTRA_CODES = {"XKX", "TWN", "PSE"}
MAX_FM_OVERLAP_DAYS = 7


def _read() -> tuple[list[str], list[list[str]]]:
    with DATA.open(encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    header = lines[0].split("\t")
    rows = [line.split("\t") for line in lines[1:]]
    return header, rows


HEADER_READ, ROWS = _read()


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _records() -> list[dict[str, str]]:
    return [dict(zip(HEADER, r, strict=False)) for r in ROWS]


def _held(person: str, office: str, country: str, on: str) -> bool:
    day = _date(on)
    for rec in _records():
        if (rec["person"], rec["office"], rec["country"]) != (person, office, country):
            continue
        start = _date(rec["start"])
        end = _date(rec["end"]) if rec["end"] else dt.date.max
        if start <= day <= end:
            return True
    return False


def _find(person: str, office: str, country: str) -> list[dict[str, str]]:
    return [
        r for r in _records() if r["person"] == person and r["office"] == office and r["country"] == country
    ]


# ---------------------------------------------------------------- integrity


def test_header_exact() -> None:
    assert HEADER_READ == HEADER


def test_not_empty() -> None:
    assert len(ROWS) > 100


def test_every_row_has_nine_fields() -> None:
    bad = [(i + 2, len(r)) for i, r in enumerate(ROWS) if len(r) != 9]
    assert not bad, f"rows with wrong field count (line, n): {bad}"


def test_no_stray_whitespace() -> None:
    bad = [(i + 2, f) for i, r in enumerate(ROWS) for f in r if f != f.strip() or "\r" in f]
    assert not bad


def test_required_fields_present() -> None:
    for i, rec in enumerate(_records()):
        for key in ("person", "office", "title", "start", "source"):
            assert rec[key], f"line {i + 2}: empty {key}"


def test_dates_valid_and_ordered() -> None:
    for i, rec in enumerate(_records()):
        start = _date(rec["start"])
        assert len(rec["start"]) == 10
        if rec["end"]:
            assert len(rec["end"]) == 10
            end = _date(rec["end"])
            assert start <= end, f"line {i + 2}: start after end"


def test_country_codes_valid() -> None:
    for i, rec in enumerate(_records()):
        code = rec["country"]
        if not code:
            # officials of international organisations serve no single state
            assert rec["org"], f"line {i + 2}: empty country needs an org"
            continue
        known = pycountry.countries.get(alpha_3=code) is not None
        assert known or code in EXTRA_CODES, f"line {i + 2}: bad country {code!r}"


def test_office_in_allowed_set() -> None:
    bad = [(i + 2, rec["office"]) for i, rec in enumerate(_records()) if rec["office"] not in OFFICES]
    assert not bad


def test_source_is_https() -> None:
    bad = [
        (i + 2, rec["source"]) for i, rec in enumerate(_records()) if not rec["source"].startswith("https://")
    ]
    assert not bad


def test_no_exact_duplicates() -> None:
    seen: set[tuple[str, ...]] = set()
    dups = []
    for i, r in enumerate(ROWS):
        key = tuple(r)
        if key in seen:
            dups.append(i + 2)
        seen.add(key)
    assert not dups, f"duplicate rows at lines {dups}"


def test_aliases_well_formed() -> None:
    for i, rec in enumerate(_records()):
        if not rec["aliases"]:
            continue
        parts = rec["aliases"].split("|")
        assert all(p.strip() == p and p for p in parts), f"line {i + 2}: empty or padded alias"
        assert rec["person"] not in parts, f"line {i + 2}: alias repeats the name"
        assert len(parts) == len(set(parts)), f"line {i + 2}: repeated alias"
        # no bare surnames: every alias has at least two tokens (or is an acronym)
        for p in parts:
            assert " " in p or p.isupper(), f"line {i + 2}: bare alias {p!r}"


def test_no_overlapping_foreign_ministers() -> None:
    by_country: dict[str, list[dict[str, str]]] = defaultdict(list)
    for rec in _records():
        if rec["office"] == "foreign_minister":
            by_country[rec["country"]].append(rec)
    problems = []
    for country, recs in by_country.items():
        for a_i, a in enumerate(recs):
            for b in recs[a_i + 1 :]:
                if a["title"].startswith("acting") or b["title"].startswith("acting"):
                    continue
                a0, b0 = _date(a["start"]), _date(b["start"])
                a1 = _date(a["end"]) if a["end"] else dt.date.max
                b1 = _date(b["end"]) if b["end"] else dt.date.max
                overlap = (min(a1, b1) - max(a0, b0)).days
                if overlap > MAX_FM_OVERLAP_DAYS:
                    problems.append((country, a["person"], b["person"], overlap))
    assert not problems, problems


# ---------------------------------------------------------------- spot checks


def test_blinken_left_on_inauguration_day() -> None:
    (row,) = _find("Antony Blinken", "foreign_minister", "USA")
    assert row["start"] == "2021-01-26"
    assert row["end"] == "2025-01-20"


def test_rubio_secretary_of_state_from_2025_01_21() -> None:
    (row,) = _find("Marco Rubio", "foreign_minister", "USA")
    assert row["title"] == "Secretary of State"
    assert row["start"] == "2025-01-21"


def test_wang_yi_foreign_minister_in_2024() -> None:
    assert _held("Wang Yi", "foreign_minister", "CHN", "2024-06-01")
    assert not _held("Wang Yi", "foreign_minister", "CHN", "2023-03-01")  # Qin Gang's spell


def test_lavrov_throughout() -> None:
    for day in ("2017-01-01", "2022-02-24", "2025-08-15"):
        assert _held("Sergei Lavrov", "foreign_minister", "RUS", day)


def test_kang_kyung_wha_term() -> None:
    (row,) = _find("Kang Kyung-wha", "foreign_minister", "KOR")
    assert (row["start"], row["end"]) == ("2017-06-18", "2021-02-08")


def test_baerbock_then_wadephul() -> None:
    (b,) = _find("Annalena Baerbock", "foreign_minister", "DEU")
    (w,) = _find("Johann Wadephul", "foreign_minister", "DEU")
    assert b["end"] == w["start"] == "2025-05-06"


def test_uk_foreign_secretaries_in_order() -> None:
    names = [
        "Boris Johnson",
        "Jeremy Hunt",
        "Dominic Raab",
        "Liz Truss",
        "James Cleverly",
        "David Cameron",
        "David Lammy",
        "Yvette Cooper",
    ]
    starts = [_find(n, "foreign_minister", "GBR")[0]["start"] for n in names]
    assert starts == sorted(starts)
    assert _held("Liz Truss", "foreign_minister", "GBR", "2022-01-01")


def test_jaishankar_external_affairs_with_aliases() -> None:
    (row,) = _find("Subrahmanyam Jaishankar", "foreign_minister", "IND")
    assert row["title"] == "External Affairs Minister"
    assert "S. Jaishankar" in row["aliases"].split("|")
    assert row["end"] == ""


def test_us_defense_chiefs() -> None:
    assert _held("Jim Mattis", "defence_minister", "USA", "2018-06-01")
    assert _held("Lloyd Austin", "defence_minister", "USA", "2023-01-01")
    assert _held("Pete Hegseth", "defence_minister", "USA", "2025-03-01")
    titles = {r["title"] for r in _find("Pete Hegseth", "defence_minister", "USA")}
    assert "Secretary of War" in titles


def test_kuleba_to_sybiha_handover() -> None:
    (k,) = _find("Dmytro Kuleba", "foreign_minister", "UKR")
    (s,) = _find("Andrii Sybiha", "foreign_minister", "UKR")
    assert k["end"] == s["start"] == "2024-09-05"
    assert "Dmytro Kouleba" in k["aliases"].split("|")


def test_doval_is_indian_nsa() -> None:
    assert _held("Ajit Doval", "national_security_adviser", "IND", "2020-01-01")


@pytest.mark.parametrize(
    "country",
    ["USA", "CHN", "RUS", "UKR", "KOR", "JPN", "IND", "ISR"],
)
def test_core_states_have_fm_dm_and_nsa_or_envoy(country: str) -> None:
    offices = {r["office"] for r in _records() if r["country"] == country}
    assert {"foreign_minister", "defence_minister"} <= offices
    assert offices & {"national_security_adviser", "envoy"}

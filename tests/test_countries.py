"""Gazetteer: countries, demonyms, capitals, places, organisations and the span scanner."""

from __future__ import annotations

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.actors import countries as c
from communique.actors.countries import (
    COUNTRY_HEADER,
    ORG_HEADER,
    PLACE_HEADER,
    load_gazetteer,
    parse_tsv,
)

ALLOWED_NON_ISO = {"XKX"}
UN_MEMBER_COUNT = 193


@pytest.mark.parametrize(("text", "iso3"), [
    ("U.S.", "USA"), ("US", "USA"), ("USA", "USA"), ("the United States", "USA"),
    ("United States of America", "USA"), ("America", "USA"), ("the U.S.'s", "USA"),
    ("South Korea", "KOR"), ("S. Korea", "KOR"), ("Republic of Korea", "KOR"), ("ROK", "KOR"),
    ("Korea, South", "KOR"), ("north korea", "PRK"), ("DPRK", "PRK"), ("D.P.R.K.", "PRK"),
    ("the UK", "GBR"), ("U.K.", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR"),
    ("Russia's", "RUS"), ("Russia\u2019s", "RUS"), ("Russian Federation", "RUS"),
    ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Turkey", "TUR"),
    ("Côte d'Ivoire", "CIV"), ("Cote d\u2019Ivoire", "CIV"), ("Ivory Coast", "CIV"),
    ("Congo", "COD"), ("DRC", "COD"), ("Republic of the Congo", "COG"),
    ("UAE", "ARE"), ("the Netherlands", "NLD"), ("Holland", "NLD"),
    ("Burma", "MMR"), ("Czechia", "CZE"), ("Viet Nam", "VNM"), ("Vietnam", "VNM"),
    ("Taiwan", "TWN"), ("Kosovo", "XKX"), ("Palestine", "PSE"), ("Holy See", "VAT"),
    ("Eswatini", "SWZ"), ("Swaziland", "SWZ"), ("North Macedonia", "MKD"),
])
def test_country_of(text: str, iso3: str) -> None:
    assert c.country_of(text) == iso3


@pytest.mark.parametrize("text", ["us", "u.s.", "car", "who", "", "   ", "the North", "the South", "Seoul",
                                  "South Korean", "Europe", "Asia", "Kashmir", "Korean Peninsula"])
def test_not_a_country_name(text: str) -> None:
    assert c.country_of(text) is None


@pytest.mark.parametrize(("text", "iso3"), [
    ("South Korean", "KOR"), ("South Koreans", "KOR"), ("Japanese", "JPN"), ("Russian's", "RUS"),
    ("Russians", "RUS"), ("American", "USA"), ("Americans", "USA"), ("Chinese", "CHN"),
    ("North Korean", "PRK"), ("Israeli", "ISR"), ("Israelis", "ISR"), ("Palestinian", "PSE"),
    ("British", "GBR"), ("Briton", "GBR"), ("French", "FRA"), ("Filipino", "PHL"), ("Emirati", "ARE"),
    ("Saudi", "SAU"), ("Ukrainian", "UKR"), ("Iranian", "IRN"), ("Swiss", "CHE"), ("Nigerien", "NER"),
    ("Nigerian", "NGA"), ("Congolese", "COD"), ("Taiwanese", "TWN"), ("Kosovar", "XKX"),
])
def test_country_of_demonym(text: str, iso3: str) -> None:
    assert c.country_of_demonym(text) == iso3


@pytest.mark.parametrize(("text", "iso3"), [
    ("Seoul", "KOR"), ("Washington", "USA"), ("Washington, D.C.", "USA"), ("Pyongyang", "PRK"),
    ("Beijing", "CHN"), ("Peking", "CHN"), ("Moscow", "RUS"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
    ("Tokyo", "JPN"), ("New Delhi", "IND"), ("Tehran", "IRN"), ("Jerusalem", "ISR"), ("Brasilia", "BRA"),
    ("Brasília", "BRA"), ("Taipei", "TWN"), ("Ramallah", "PSE"), ("Naypyidaw", "MMR"), ("Astana", "KAZ"),
])
def test_country_of_capital(text: str, iso3: str) -> None:
    assert c.country_of_capital(text) == iso3


@pytest.mark.parametrize(("iso3", "capital"), [
    ("KOR", "Seoul"), ("USA", "Washington"), ("PRK", "Pyongyang"), ("UKR", "Kyiv"), ("GBR", "London"),
    ("kor", "Seoul"),
])
def test_capital_of(iso3: str, capital: str) -> None:
    assert c.capital_of(iso3) == capital


def test_capital_of_unknown() -> None:
    assert c.capital_of("XXX") is None


@pytest.mark.parametrize(("text", "iso3"), [
    ("Tokyo", "JPN"), ("Osaka", "JPN"), ("Munich", "DEU"), ("Johannesburg", "ZAF"), ("Geneva", "CHE"),
    ("Davos", "CHE"), ("Shanghai", "CHN"), ("Busan", "KOR"), ("Gyeongju", "KOR"), ("Yongsan", "KOR"),
    ("Kursk", "RUS"), ("Gaza", "PSE"), ("the Gaza Strip", "PSE"), ("West Bank", "PSE"), ("Crimea", "UKR"),
    ("Donbas", "UKR"), ("Donbass", "UKR"), ("Hong Kong", "CHN"), ("Mar-a-Lago", "USA"), ("Seoul", "KOR"),
    ("France", "FRA"), ("St. Petersburg", "RUS"), ("Sao Paulo", "BRA"), ("São Paulo", "BRA"),
])
def test_place_country(text: str, iso3: str) -> None:
    assert c.place_country(text) == iso3


@pytest.mark.parametrize("text", ["Kashmir", "South China Sea", "Korean Peninsula", "Middle East", "Nowhere"])
def test_place_without_single_state(text: str) -> None:
    assert c.place_country(text) is None


def test_place_entries_keep_kind() -> None:
    g = load_gazetteer()
    sea = g.place("South China Sea")
    assert sea is not None and sea.kind == "sea" and sea.iso3 is None
    city = g.place("Busan")
    assert city is not None and city.kind == "city" and city.iso3 == "KOR"


@pytest.mark.parametrize(("text", "code", "kind", "country"), [
    ("UN", "UN", "IGO", None), ("U.N.", "UN", "IGO", None), ("United Nations", "UN", "IGO", None),
    ("NATO", "NATO", "IGO", None), ("EU", "EU", "IGO", None), ("European Union", "EU", "IGO", None),
    ("ASEAN", "ASEAN", "IGO", None), ("G7", "G7", "IGO", None), ("G-20", "G20", "IGO", None),
    ("IAEA", "IAEA", "IGO", None), ("WHO", "WHO", "IGO", None), ("Arab League", "ARAB_LEAGUE", "IGO", None),
    ("Hamas", "HAMAS", "group", "PSE"), ("Hezbollah", "HEZBOLLAH", "group", "LBN"),
    ("Houthi rebels", "HOUTHIS", "group", "YEM"), ("the Taliban", "TALIBAN", "group", "AFG"),
    ("RSF", "RSF", "group", "SDN"), ("M23", "M23", "group", "COD"),
])
def test_organization(text: str, code: str, kind: str, country: str | None) -> None:
    org = c.organization(text)
    assert org is not None
    assert (org.code, org.kind, org.country) == (code, kind, country)


@pytest.mark.parametrize("text", ["who", "un", "eu", "nato-ish", ""])
def test_not_an_organization(text: str) -> None:
    assert c.organization(text) is None


def test_name_of_and_is_country_word() -> None:
    assert c.name_of("KOR") == "South Korea"
    assert c.name_of("USA") == "United States"
    assert c.name_of("ZZZ") == "ZZZ"
    assert c.is_country_word("South Korean")
    assert c.is_country_word("U.S.")
    assert not c.is_country_word("Seoul")
    assert not c.is_country_word("the North")


def test_contextual_forms_need_context() -> None:
    assert c.contextual_country("the North", []) is None
    assert c.contextual_country("the North", ["KOR"]) == "PRK"
    assert c.contextual_country("the South", ["PRK"]) == "KOR"
    assert c.contextual_country("the North", ["JPN"]) is None


def _spans(text: str, **kw: object) -> list[tuple[str, str, str]]:
    return [(text[s:e], iso, how) for s, e, iso, how in c.match_spans(text, **kw)]  # type: ignore[arg-type]


def test_match_spans_basic() -> None:
    text = ("U.S. Secretary of State met the South Korean foreign minister in Seoul, while North Korea's "
            "leader stayed in Pyongyang.")
    assert _spans(text) == [("U.S.", "USA", "short"), ("South Korean", "KOR", "demonym"),
                            ("Seoul", "KOR", "capital"), ("North Korea", "PRK", "name"),
                            ("Pyongyang", "PRK", "capital")]


@pytest.mark.parametrize(("text", "expected"), [
    ("us officials", []),
    ("the turkey was roasted", []),
    ("tensions on the Korean Peninsula", []),
    ("inter-Korean talks", []),
    ("the Organization of American States met", []),
    ("Northern Ireland voted", []),
    ("the Indian Ocean", []),
    ("Latin American leaders", []),
    ("The North fired a missile", []),
    ("Hamas and the Houthis", [("Hamas", "PSE", "org"), ("Houthis", "YEM", "org")]),
    ("Côte d\u2019Ivoire and Cote d'Ivoire", [("Côte d\u2019Ivoire", "CIV", "name"), ("Cote d'Ivoire", "CIV", "name")]),
    ("US-China trade", [("US", "USA", "short"), ("China", "CHN", "name")]),
    ("Kiev or Kyiv", [("Kiev", "UKR", "capital"), ("Kyiv", "UKR", "capital")]),
    ("the Democratic Republic of the Congo", [("Democratic Republic of the Congo", "COD", "name")]),
    ("Papua New Guinea", [("Papua New Guinea", "PNG", "name")]),
    ("SOUTH KOREA AND JAPAN", [("SOUTH KOREA", "KOR", "name"), ("JAPAN", "JPN", "name")]),
])
def test_match_spans_cases(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _spans(text) == expected


def test_match_spans_places_and_context() -> None:
    text = "Talks in Busan; the North later fired missiles into the Sea of Japan."
    assert _spans(text) == []
    assert _spans(text, places=True) == [("Busan", "KOR", "place")]
    assert ("the North", "PRK", "contextual") in _spans(text, context=["KOR"])


def test_match_spans_is_fast() -> None:
    import time

    g = load_gazetteer()
    g.match_spans("warm up")
    text = "The U.S. and South Korea met in Seoul while China watched. " * 200
    t0 = time.perf_counter()
    spans = g.match_spans(text)
    assert time.perf_counter() - t0 < 0.5
    assert len(spans) == 800


def test_gazetteer_is_cached_and_immutable() -> None:
    g = load_gazetteer()
    assert load_gazetteer() is g
    with pytest.raises(TypeError):
        g.countries["XXX"] = g.countries["KOR"]  # type: ignore[index]
    with pytest.raises(AttributeError):
        g.places = ()  # type: ignore[misc]


# ---- data integrity -------------------------------------------------------------------------
def _table(name: str, header: tuple[str, ...]) -> list[dict[str, str]]:
    from importlib import resources

    text = resources.files("communique").joinpath("data", name).read_text(encoding="utf-8")
    return list(parse_tsv(text, header, name))


def _valid_iso3(code: str) -> bool:
    return code in ALLOWED_NON_ISO or pycountry.countries.get(alpha_3=code) is not None


def test_countries_table_integrity() -> None:
    rows = _table("countries.tsv", COUNTRY_HEADER)
    codes = [r["iso3"] for r in rows]
    assert len(codes) == len(set(codes))
    assert all(_valid_iso3(code) for code in codes)
    assert len(rows) >= UN_MEMBER_COUNT + 4
    for extra in ("TWN", "XKX", "PSE", "VAT"):
        assert extra in codes
    for r in rows:
        assert r["name"] and r["capital"], r["iso3"]
        for item in r["contextual"].split("|") if r["contextual"] else ():
            form, _, partner = item.partition("@")
            assert form and _valid_iso3(partner), item
    # no form names two states
    owner: dict[str, str] = {}
    g = load_gazetteer()
    for entry in g.countries.values():
        for form in (*entry.names, *entry.demonyms):
            key = c.norm_key(form) if not c.is_acronym(form) else form.replace(".", "").upper()
            assert owner.setdefault(key, entry.iso3) == entry.iso3, form


def test_places_table_integrity() -> None:
    rows = _table("places.tsv", PLACE_HEADER)
    assert len(rows) >= 600
    names = [r["name"].casefold() for r in rows]
    assert len(names) == len(set(names))
    for r in rows:
        assert r["kind"] in ("city", "region", "sea"), r
        assert not r["iso3"] or _valid_iso3(r["iso3"]), r
    capitals = {r["capital"] for r in _table("countries.tsv", COUNTRY_HEADER)}
    assert capitals <= {r["name"] for r in rows}


def test_organizations_table_integrity() -> None:
    rows = _table("organizations.tsv", ORG_HEADER)
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    for r in rows:
        assert r["name"] and r["kind"] in ("IGO", "group"), r
        assert not r["country"] or _valid_iso3(r["country"]), r


# ---- robustness -----------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_lookups_never_raise(text: str) -> None:
    g = load_gazetteer()
    g.country_of(text)
    g.country_of_demonym(text)
    g.country_of_capital(text)
    g.capital_of(text)
    g.place_country(text)
    g.organization(text)
    g.name_of(text)
    g.is_country_word(text)
    g.contextual_country(text, ["KOR", text])
    for s, e, iso, how in g.match_spans(text, places=True, context=["KOR"]):
        assert 0 <= s < e <= len(text)
        assert iso in g.countries
        assert how in ("name", "short", "demonym", "capital", "org", "place", "contextual")


@pytest.mark.parametrize(("text", "expected"), [
    ("Male voters and Victoria Nuland", []),
    ("talks in Nice and Medina", []),
    ("ministers met in The Hague", [("The Hague", "NLD", "place")]),
    ("a dateline: PUTRAJAYA, Malaysia", [("PUTRAJAYA", "MYS", "capital"), ("Malaysia", "MYS", "name")]),
])
def test_ambiguous_place_names_not_scanned(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _spans(text, places=True) == expected

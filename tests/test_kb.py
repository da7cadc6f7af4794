"""Office-holder knowledge base: lookups, resolution by date and title, and data integrity."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from importlib import resources

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.actors.countries import load_gazetteer
from communique.actors.kb import (
    HEADER,
    OFFICES,
    OfficeHolder,
    build_kb,
    load_kb,
    name_key,
    parse_rows,
    title_matches_office,
    title_offices,
)

D = dt.date
ALLOWED_NON_ISO = {"XKX"}
MAX_OVERLAP_DAYS = 7
FOLDER = resources.files("communique").joinpath("data", "office_holders")
TSV_FILES = sorted(f.name for f in FOLDER.iterdir() if f.name.endswith(".tsv"))
OWN_FILES = ("heads.tsv", "orgs.tsv")


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_kb()


# ---- names ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("a", "b"), [
    ("Lee Jae Myung", "Lee Jae-myung"), ("Kim Jong Un", "Kim Jong-un"), ("KIM JONG-UN", "kim jong un"),
    ("Emmanuel Macron's", "Emmanuel Macron"), ("Pedro Sánchez", "Pedro Sanchez"), ("Mr. Joe Biden", "Joe Biden"),
    ("Mullah Abdul Rahim Karimi", "Abdul Rahim Karimi"), ("Datuk Seri Aminah Osman", "Aminah Osman"),
    ("Tan Sri Rosli Hamid", "Rosli Hamid"), ("Sheikh Khalid Al Sabah", "Khalid Al Sabah"),
])
def test_name_key_equivalence(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("name", "person"), [
    ("Lee Jae Myung", "Lee Jae-myung"), ("Lee Jae-myung", "Lee Jae-myung"), ("Kim Jong-un", "Kim Jong Un"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"), ("Joseph R. Biden Jr.", "Joe Biden"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"), ("William Lai", "Lai Ching-te"),
    ("Pope Leo XIV", "Leo XIV"), ("MBS", "Mohammed bin Salman"), ("Antonio Guterres", "António Guterres"),
])
def test_by_name(kb, name: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert {h.person for h in kb.by_name(name)} == {person}


@pytest.mark.parametrize("name", ["Biden", "Trump", "Kim", "Lee", "Macron", "", "Nobody Atall"])
def test_surname_alone_not_matched(kb, name: str) -> None:  # type: ignore[no-untyped-def]
    assert kb.by_name(name) == []
    assert kb.resolve(name, title="President") is None


def test_tenures_are_sorted(kb) -> None:  # type: ignore[no-untyped-def]
    starts = [h.start for h in kb.tenures("Donald Trump")]
    assert starts == sorted(starts)
    assert D(2017, 1, 20) in starts and D(2025, 1, 20) in starts


# ---- holders on a date ----------------------------------------------------------------------
@pytest.mark.parametrize(("country", "office", "on", "person"), [
    ("USA", "head_of_state", D(2019, 6, 1), "Donald Trump"),
    ("USA", "head_of_state", D(2023, 6, 1), "Joe Biden"),
    ("USA", "head_of_government", D(2025, 6, 1), "Donald Trump"),
    ("USA", "head_of_state", D(2025, 1, 20), "Donald Trump"),  # hand-over day: the incoming holder leads
    ("KOR", "head_of_state", D(2023, 3, 1), "Yoon Suk Yeol"),
    ("KOR", "head_of_state", D(2025, 9, 1), "Lee Jae-myung"),
    ("JPN", "head_of_government", D(2022, 1, 1), "Fumio Kishida"),
    ("JPN", "head_of_government", D(2025, 1, 1), "Shigeru Ishiba"),
    ("GBR", "head_of_government", D(2022, 10, 1), "Liz Truss"),
    ("DEU", "head_of_government", D(2023, 1, 1), "Olaf Scholz"),
    ("CHN", "head_of_state", D(2020, 1, 1), "Xi Jinping"),
    ("PRK", "head_of_state", D(2024, 1, 1), "Kim Jong Un"),
    ("UN", "un_secretary_general", D(2024, 1, 1), "António Guterres"),
    ("NATO", "nato_secretary_general", D(2025, 1, 1), "Mark Rutte"),
    ("EU", "eu_foreign_policy_chief", D(2025, 3, 1), "Kaja Kallas"),
    ("EU", "eu_commission_president", D(2018, 3, 1), "Jean-Claude Juncker"),
])
def test_holders(kb, country: str, office: str, on: dt.date, person: str) -> None:  # type: ignore[no-untyped-def]
    found = kb.holders(country, office, on)
    assert found and found[0].person == person


def test_suspended_president_and_acting_president_both_listed(kb) -> None:  # type: ignore[no-untyped-def]
    found = kb.holders("KOR", "head_of_state", D(2025, 1, 6))
    assert [(h.person, h.acting) for h in found] == [("Yoon Suk Yeol", False), ("Choi Sang-mok", True)]


def test_korean_foreign_minister_by_date(kb) -> None:  # type: ignore[no-untyped-def]
    if not kb.holders("KOR", "foreign_minister", D(2025, 1, 6)):
        pytest.skip("ministers table not present")
    assert kb.holders("KOR", "foreign_minister", D(2025, 1, 6))[0].person == "Cho Tae-yul"
    assert kb.holders("KOR", "foreign_minister", D(2025, 9, 1))[0].person == "Cho Hyun"


# ---- resolve --------------------------------------------------------------------------------
def test_resolve_by_date_and_title(kb) -> None:  # type: ignore[no-untyped-def]
    hit = kb.resolve("Lee Jae Myung", title="President", on=D(2025, 9, 1))
    assert hit is not None and (hit.country, hit.office) == ("KOR", "head_of_state")
    assert kb.resolve("Lee Jae-myung", title="President", on=D(2024, 1, 1)) is None  # not yet in office
    hit = kb.resolve("Han Duck-soo", title="Prime Minister", on=D(2023, 1, 1))
    assert hit is not None and hit.office == "head_of_government"
    hit = kb.resolve("Han Duck-soo", title="acting President", on=D(2024, 12, 20))
    assert hit is not None and hit.office == "head_of_state" and hit.title == "acting President"
    assert kb.resolve("Han Duck-soo", title="acting President", on=D(2025, 1, 10)) is None  # Choi then
    hit = kb.resolve("Donald Trump", title="President", on=D(2019, 1, 1))
    assert hit is not None and hit.start == D(2017, 1, 20)
    hit = kb.resolve("Donald Trump", title="U.S. President", country="USA", on=D(2025, 3, 1))
    assert hit is not None and hit.start == D(2025, 1, 20)
    assert kb.resolve("Donald Trump", country="FRA") is None


def test_resolve_grace_days(kb) -> None:  # type: ignore[no-untyped-def]
    hit = kb.resolve("Joe Biden", title="President", on=D(2025, 1, 22))
    assert hit is not None and hit.end == D(2025, 1, 20)
    assert kb.resolve("Joe Biden", title="President", on=D(2025, 2, 20)) is None


def test_resolve_org_offices(kb) -> None:  # type: ignore[no-untyped-def]
    hit = kb.resolve("Antonio Guterres", title="UN Secretary-General", on=D(2023, 5, 1))
    assert hit is not None and (hit.org, hit.country) == ("UN", "PRT")
    hit = kb.resolve("Donald Tusk", title="European Council President", on=D(2018, 1, 1))
    assert hit is not None and hit.office == "eu_council_president"
    hit = kb.resolve("Donald Tusk", title="Prime Minister", on=D(2024, 6, 1))
    assert hit is not None and (hit.country, hit.office) == ("POL", "head_of_government")
    hit = kb.resolve("Mark Rutte", title="NATO chief", on=D(2025, 6, 1))
    assert hit is not None and hit.office == "nato_secretary_general"


# ---- tenure bounds --------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "title", "start", "end"), [
    ("Joe Biden", "President", D(2021, 1, 20), D(2025, 1, 20)),
    ("Boris Johnson", "British Prime Minister", D(2019, 7, 24), D(2022, 9, 6)),
    ("Liz Truss", "Prime Minister", D(2022, 9, 6), D(2022, 10, 25)),
    ("Moon Jae-in", "South Korean President", D(2017, 5, 10), D(2022, 5, 10)),
    ("Shinzo Abe", "Japanese Prime Minister", D(2012, 12, 26), D(2020, 9, 16)),
    ("Emmanuel Macron", "French President", D(2017, 5, 14), None),
    ("Jens Stoltenberg", "NATO Secretary General", D(2014, 10, 1), D(2024, 10, 1)),
    ("Josep Borrell", "EU foreign policy chief", D(2019, 12, 1), D(2024, 11, 30)),
    ("Ebrahim Raisi", "Iranian President", D(2021, 8, 3), D(2024, 5, 19)),
    ("Mohammed bin Salman", "Crown Prince", D(2017, 6, 21), None),
])
def test_tenure_bounds(kb, name: str, title: str, start: dt.date, end: dt.date | None) -> None:  # type: ignore[no-untyped-def]
    assert kb.tenure_bounds(name, title) == (start, end)


def test_tenure_bounds_secretaries_of_state(kb) -> None:  # type: ignore[no-untyped-def]
    if not kb.by_name("Antony Blinken"):
        pytest.skip("ministers table not present")
    assert kb.tenure_bounds("Antony Blinken", "Secretary of State")[1] == D(2025, 1, 20)
    assert kb.tenure_bounds("Marco Rubio", "U.S. Secretary of State")[0] == D(2025, 1, 21)


@pytest.mark.parametrize(("name", "title"), [
    ("Joe Biden", "former President"), ("Joe Biden", "Vice President"), ("Donald Trump", "President-elect"),
    ("Boris Johnson", "Chancellor"), ("Nobody Atall", "President"),
    ("Olaf Scholz", "President"), ("Emmanuel Macron", "Prime Minister"),
])
def test_tenure_bounds_incompatible(kb, name: str, title: str) -> None:  # type: ignore[no-untyped-def]
    assert kb.tenure_bounds(name, title) == (None, None)


# ---- titles ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("title", "office", "expected"), [
    ("U.S. Secretary of State", "foreign_minister", True),
    ("foreign minister", "foreign_minister", True),
    ("Minister of Foreign Affairs", "foreign_minister", True),
    ("External Affairs Minister", "foreign_minister", True),
    ("top diplomat", "foreign_minister", True),
    ("Foreign Secretary", "foreign_minister", True),
    ("Deputy Foreign Minister", "foreign_minister", False),
    ("Secretary of State for Defence", "foreign_minister", False),
    ("Secretary of State for Defence", "defence_minister", True),
    ("Defense Secretary", "defence_minister", True),
    ("Secretary of War", "defence_minister", True),
    ("National Security Adviser", "national_security_adviser", True),
    ("special envoy", "envoy", True),
    ("Ambassador to the UN", "envoy", True),
    ("President", "head_of_state", True),
    ("South Korean President", "head_of_state", True),
    ("Vice President", "head_of_state", False),
    ("former President", "head_of_state", False),
    ("Prime Minister", "head_of_government", True),
    ("Chancellor", "head_of_government", True),
    ("Chancellor of the Exchequer", "head_of_government", False),
    ("Supreme Leader", "head_of_state", True),
    ("Emir", "head_of_state", True),
    ("Commission President", "head_of_state", False),
    ("Commission President", "eu_commission_president", True),
    ("European Council President", "eu_council_president", True),
    ("EU foreign policy chief", "eu_foreign_policy_chief", True),
    ("EU top diplomat", "eu_foreign_policy_chief", True),
    ("EU top diplomat", "foreign_minister", False),
    ("UN Secretary-General", "un_secretary_general", True),
    ("UN Secretary-General", "nato_secretary_general", False),
    ("NATO Secretary General", "nato_secretary_general", True),
    ("NATO chief", "nato_secretary_general", True),
    ("Secretary-General of ASEAN", "un_secretary_general", False),
    ("President of the UN General Assembly", "head_of_state", False),
])
def test_title_matches_office(title: str, office: str, expected: bool) -> None:
    assert title_matches_office(title, office) is expected


# ---- scanning names -------------------------------------------------------------------------
def test_find_names(kb) -> None:  # type: ignore[no-untyped-def]
    text = ("On Monday Lee Jae Myung met Sanae Takaichi; Pope Francis and Kim Jong-un were absent. "
            "Francis Bacon and lee jae-myung (lower case) are not matched.")
    found = [(person, text[s:e]) for person, s, e in kb.find_names(text)]
    assert found == [("Lee Jae-myung", "Lee Jae Myung"), ("Sanae Takaichi", "Sanae Takaichi"),
                     ("Francis", "Pope Francis"), ("Kim Jong Un", "Kim Jong-un")]


# ---- loading --------------------------------------------------------------------------------
def test_load_kb_cached_and_immutable(kb) -> None:  # type: ignore[no-untyped-def]
    assert load_kb() is kb
    holder = kb.entries[0]
    assert isinstance(holder, OfficeHolder)
    with pytest.raises(AttributeError):
        holder.person = "x"  # type: ignore[misc]
    assert isinstance(kb.entries, tuple)


def test_bad_rows_are_reported_not_raised() -> None:
    header = "\t".join(HEADER)
    text = "\n".join([
        header,
        "A Person\t\tUSA\thead_of_state\tPresident\t\t2020-01-01\t\thttps://example.org/list",
        "B Person\t\tUSA\tsultan\tSultan\t\t2020-01-01\t\thttps://example.org/list",
        "C Person\t\tUSA\thead_of_state\tPresident\t\t2020-13-01\t\thttps://example.org/list",
        "D Person\t\tUSA\thead_of_state\tPresident\t\t2020-01-01\t2019-01-01\thttps://example.org/list",
        "E Person\tUSA",
    ])
    holders, problems = parse_rows(text, "t.tsv")
    assert [h.person for h in holders] == ["A Person"]
    assert len(problems) == 4
    kb = build_kb([("bad.tsv", "not\ta\theader\n"), ("t.tsv", text)])
    assert len(kb.entries) == 1 and len(kb.problems) == 5


# ---- data integrity (every table in the folder) ---------------------------------------------
def _rows(name: str) -> list[list[str]]:
    text = FOLDER.joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.split("\n") if line.strip()]
    assert lines[0].split("\t") == list(HEADER), name
    return [line.split("\t") for line in lines[1:]]


def _valid_code(code: str) -> bool:
    return code in ALLOWED_NON_ISO or pycountry.countries.get(alpha_3=code) is not None


@pytest.mark.parametrize("name", TSV_FILES)
def test_table_rows_parse(name: str) -> None:
    text = FOLDER.joinpath(name).read_text(encoding="utf-8")
    holders, problems = parse_rows(text, name)
    assert problems == []
    assert len(holders) == len(_rows(name))


@pytest.mark.parametrize("name", TSV_FILES)
def test_table_values_valid(name: str) -> None:
    org_codes = {o.code for o in load_gazetteer().organizations}
    seen: set[tuple[str, ...]] = set()
    for row in _rows(name):
        r = dict(zip(HEADER, row, strict=True))
        assert all(v == v.strip() for v in row), row
        assert r["office"] in OFFICES, row
        assert _valid_code(r["country"]), row
        assert not r["org"] or r["org"] in org_codes, row
        assert r["source"].startswith("https://"), row
        assert r["title"], row
        start = D.fromisoformat(r["start"])
        end = D.fromisoformat(r["end"]) if r["end"] else None
        assert end is None or start <= end, row
        assert start <= D(2026, 12, 31), row
        assert all(a.strip() and a != r["person"] for a in r["aliases"].split("|") if r["aliases"]), row
        key = (name_key(r["person"]), r["country"], r["office"], r["start"])
        assert key not in seen, row
        seen.add(key)


def _overlaps(name: str) -> list[str]:
    by_seat: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for row in _rows(name):
        r = dict(zip(HEADER, row, strict=True))
        if r["office"] in ("other", "envoy") or r["title"].split()[0].lower() in ("acting", "interim", "caretaker"):
            continue
        seat = (r["office"], r["org"] or r["country"])
        end = D.fromisoformat(r["end"]) if r["end"] else D.max
        by_seat[seat].append((D.fromisoformat(r["start"]), end, r["person"]))
    bad = []
    for seat, spans in by_seat.items():
        spans.sort()
        for (s1, e1, p1), (s2, _e2, p2) in zip(spans, spans[1:], strict=False):
            if e1 != D.max and (e1 - s2).days > MAX_OVERLAP_DAYS or e1 == D.max:
                bad.append(f"{seat}: {p1} ({s1}-{e1}) overlaps {p2} (from {s2})")
    return bad


@pytest.mark.parametrize("name", OWN_FILES)
def test_no_overlapping_tenures(name: str) -> None:
    assert _overlaps(name) == []


def test_heads_cover_the_core_states(kb) -> None:  # type: ignore[no-untyped-def]
    core = ("USA CHN RUS UKR KOR PRK JPN IND PAK AFG IRN IRQ ISR PSE LBN SYR SAU ARE QAT TUR EGY GBR FRA DEU ITA "
            "ESP POL HUN CAN MEX BRA ARG VEN COL AUS NZL IDN PHL VNM THA MYS SGP TWN MMR BGD ZAF NGA ETH SDN KEN "
            "BLR").split()
    for iso3 in core:
        assert kb.holders(iso3, "head_of_state", D(2024, 1, 1)) or kb.holders(iso3, "head_of_government",
                                                                              D(2024, 1, 1)), iso3
        assert kb.holders(iso3, "head_of_state", D(2017, 6, 1)) or kb.holders(iso3, "head_of_government",
                                                                              D(2017, 6, 1)), iso3


# Every UN member state (and Kosovo, Palestine, Taiwan, the Holy See) but San Marino, whose two Captains
# Regent change every six months, has a head of state or of government on record for New Year 2025.
_STATES = (
    "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA "
    "BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV "
    "GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ "
    "IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL "
    "MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER "
    "PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD "
    "ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN "
    "VNM YEM ZMB ZWE TWN PSE XKX VAT").split()


def test_heads_cover_every_state_in_2025(kb) -> None:  # type: ignore[no-untyped-def]
    day = D(2025, 1, 1)
    missing = [c for c in _STATES
               if not kb.holders(c, "head_of_state", day) and not kb.holders(c, "head_of_government", day)]
    assert len(_STATES) == 196 and missing == []


@pytest.mark.parametrize(("name", "title", "start", "end"), [
    ("Kestutis Budrys", "Foreign Minister", D(2024, 12, 12), None),
    ("Dina Boluarte", "Peruvian President", D(2022, 12, 7), D(2025, 10, 10)),
    ("Karl Nehammer", "Austrian Chancellor", D(2021, 12, 6), D(2025, 1, 10)),
    ("Nana Akufo-Addo", "President", D(2017, 1, 7), D(2025, 1, 7)),
])
def test_tenure_bounds_beyond_the_core_states(kb, name: str, title: str, start: dt.date,  # type: ignore[no-untyped-def]
                                              end: dt.date | None) -> None:
    assert kb.tenure_bounds(name, title) == (start, end)


# ---- robustness -----------------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120), st.one_of(st.none(), st.text(max_size=40)),
       st.one_of(st.none(), st.text(max_size=5)), st.one_of(st.none(), st.dates()))
def test_kb_lookups_never_raise(name: str, title: str | None, country: str | None, on: dt.date | None) -> None:
    kb = load_kb()
    kb.by_name(name)
    kb.tenures(name)
    kb.resolve(name, title=title, country=country, on=on)
    kb.tenure_bounds(name, title)
    kb.find_names(name)
    title_offices(title or name)
    for office in OFFICES:
        title_matches_office(title or name, office)
    if on is not None:
        kb.holders(country or "USA", "head_of_state", on)


def test_forms_of_address_do_not_hide_an_office_holder(kb) -> None:  # type: ignore[no-untyped-def]
    # "Tan" alone is a family name, not a form of address
    assert name_key("Tan Wei Ming") != name_key("Wei Ming")
    hit = kb.resolve("Datuk Seri Anwar Ibrahim", title="Prime Minister", on=dt.date(2024, 6, 1))
    assert hit is not None and hit.country == "MYS"

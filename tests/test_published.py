"""Publication-date bounds for undated articles (``communique.time.published``).

Every article here is invented, and so is every office-holder: a small knowledge base is built
in the test from TSV text, so the expected bounds follow from the tenures written below.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.actors.kb import HEADER, OfficeHolderKB, build_kb
from communique.records import Actor, Published, Timex
from communique.time import find_timexes
from communique.time.published import explain, infer_published

D = dt.date.fromisoformat

# person, country, office, title, start, end ("" = still in office)
TENURES = [
    ("Maren Oskarsdottir", "ISL", "foreign_minister", "Foreign Minister", "2023-01-10", "2026-12-31"),
    ("Tevita Lanakila", "FJI", "head_of_government", "Prime Minister", "2019-05-01", "2021-08-31"),
    ("Ilse Vandermeer", "BEL", "foreign_minister", "Foreign Minister", "2020-02-01", ""),
    ("Oskar Brandvold", "NOR", "head_of_state", "President", "2012-03-01", "2018-06-30"),
    ("Rafael Quintero", "URY", "foreign_minister", "Foreign Minister", "2024-09-20", "2025-01-20"),
    ("Amara Keita", "SEN", "foreign_minister", "Foreign Minister", "2024-03-15", ""),
    ("Jonas Petrauskas", "LTU", "head_of_state", "President", "2026-06-01", ""),
    ("Sione Taufa", "TON", "head_of_government", "Prime Minister", "2018-01-01", "2022-12-31"),
    ("Elena Marchetti", "SMR", "head_of_state", "President", "2010-04-01", "2014-04-01"),
    ("Elena Marchetti", "SMR", "head_of_state", "President", "2022-04-01", ""),
]


@pytest.fixture(scope="module")
def kb() -> OfficeHolderKB:
    rows = ["\t".join(HEADER)]
    for person, country, office, title, start, end in TENURES:
        rows.append("\t".join([person, "", country, office, title, "", start, end, "test"]))
    built = build_kb([("test.tsv", "\n".join(rows) + "\n")])
    assert not built.problems
    return built


def person(text: str, name: str, titles: list[str], country: str | None = None, aid: str = "a1") -> Actor:
    mentions = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    return Actor(id=aid, name=name, kind="person", country=country, titles=titles, mentions=mentions)


def infer(text: str, actors: list[Actor], kb: OfficeHolderKB) -> Published:
    return infer_published(text, find_timexes(text, None), actors, kb)


# ---- office-holder tenures ----------------------------------------------------------------------
def test_tenure_bounds_both_sides(kb: OfficeHolderKB) -> None:
    text = "Prime Minister Tevita Lanakila opened the regional fisheries forum with a call for unity."
    pub = infer(text, [person(text, "Tevita Lanakila", ["Prime Minister"], "FJI")], kb)
    assert pub.basis == "inferred"
    assert pub.earliest is not None and D("2019-04-28") <= pub.earliest <= D("2019-05-01")
    assert pub.latest is not None and D("2021-08-31") <= pub.latest <= D("2021-09-05")


def test_open_tenure_leaves_latest_open(kb: OfficeHolderKB) -> None:
    text = "Foreign Minister Ilse Vandermeer called for calm at the border."
    pub = infer(text, [person(text, "Ilse Vandermeer", ["Foreign Minister"], "BEL")], kb)
    assert pub.earliest is not None and pub.earliest.year == 2020
    assert pub.latest is None


def test_office_holders_outvote_a_misread_title(kb: OfficeHolderKB) -> None:
    text = ("Prime Minister Tevita Lanakila, Prime Minister Sione Taufa and Foreign Minister Ilse "
            "Vandermeer met Foreign Minister Maren Oskarsdottir at the islands forum.")
    actors = [person(text, "Tevita Lanakila", ["Prime Minister"], "FJI", aid="a1"),
              person(text, "Sione Taufa", ["Prime Minister"], "TON", aid="a2"),
              person(text, "Ilse Vandermeer", ["Foreign Minister"], "BEL", aid="a3"),
              person(text, "Maren Oskarsdottir", ["Foreign Minister"], "ISL", aid="a4")]
    pub = infer(text, actors, kb)
    # three tenures overlap in 2020-2021; the fourth (from 2023) cannot be right with them
    assert pub.earliest is not None and D("2020-01-30") <= pub.earliest <= D("2020-02-01")
    assert pub.latest is not None and D("2021-08-31") <= pub.latest <= D("2021-09-05")


def test_former_title_bounds_from_below_only(kb: OfficeHolderKB) -> None:
    text = "Former President Oskar Brandvold criticised the new pipeline deal in a radio interview."
    pub = infer(text, [person(text, "Oskar Brandvold", ["President"], "NOR")], kb)
    assert pub.earliest == D("2018-06-30")
    assert pub.latest is None


def test_former_title_between_two_tenures(kb: OfficeHolderKB) -> None:
    text = "Former President Elena Marchetti urged voters to back the reform."
    pub = infer(text, [person(text, "Elena Marchetti", ["President"], "SMR")], kb)
    assert pub.earliest == D("2014-04-01")
    assert pub.latest is not None and D("2022-04-01") <= pub.latest <= D("2022-04-05")


def test_then_title_says_nothing(kb: OfficeHolderKB) -> None:
    text = "The accord was negotiated by then-President Oskar Brandvold and his cabinet."
    pub = infer(text, [person(text, "Oskar Brandvold", ["President"], "NOR")], kb)
    assert pub.basis == "none"


def test_elect_title_precedes_the_tenure(kb: OfficeHolderKB) -> None:
    text = "President-elect Jonas Petrauskas named his chief of staff on a busy morning."
    pub = infer(text, [person(text, "Jonas Petrauskas", ["President-elect"], "LTU")], kb)
    assert pub.latest is not None and pub.latest <= D("2026-06-02")
    assert pub.earliest is not None and pub.earliest >= D("2025-09-01")


def test_newly_appointed_caps_latest(kb: OfficeHolderKB) -> None:
    text = ("Amara Keita, who recently became foreign minister, flew to Accra on her first trip abroad "
            "as top diplomat.")
    pub = infer(text, [person(text, "Amara Keita", [], "SEN")], kb)
    assert pub.earliest is not None and pub.earliest >= D("2024-03-13")
    assert pub.latest is not None and pub.latest <= D("2024-05-20")


# ---- weekdays and dates ---------------------------------------------------------------------------
def test_weekday_date_pair_fixes_the_year(kb: OfficeHolderKB) -> None:
    text = ("Foreign Minister Maren Oskarsdottir said on Saturday (March 8) that the fishing talks "
            "would resume next month.")
    pub = infer(text, [person(text, "Maren Oskarsdottir", ["Foreign Minister"], "ISL")], kb)
    # within the tenure (2023-2026), March 8 is a Saturday only in 2025
    assert (pub.earliest, pub.latest) == (D("2025-03-08"), D("2025-03-14"))


def test_weekday_matching_the_latest_date_is_the_peg(kb: OfficeHolderKB) -> None:
    text = ("The two governments signed the water-sharing accord on Wednesday, after talks held "
            "from April 3 to 5, 2023, in a lakeside town.")
    pub = infer(text, [], kb)
    assert (pub.earliest, pub.latest) == (D("2023-04-05"), D("2023-04-11"))


def test_upcoming_event_caps_latest(kb: OfficeHolderKB) -> None:
    text = ("Foreign Minister Ilse Vandermeer signed the customs protocol on May 2, 2024. "
            "She will attend the ministerial summit on June 20, 2024.")
    pub = infer(text, [person(text, "Ilse Vandermeer", ["Foreign Minister"], "BEL")], kb)
    assert pub.earliest == D("2024-05-02")
    assert pub.latest == D("2024-06-20")


def test_contradictory_date_yields_to_tenure(kb: OfficeHolderKB) -> None:
    text = ("Prime Minister Tevita Lanakila recalled the cyclone that struck on May 1, 2023, "
            "and thanked the relief teams.")
    pub = infer(text, [person(text, "Tevita Lanakila", ["Prime Minister"], "FJI")], kb)
    assert pub.earliest is not None and pub.latest is not None
    assert pub.earliest <= pub.latest <= D("2021-09-05")
    notes = explain(text, find_timexes(text, None), [person(text, "Tevita Lanakila", ["Prime Minister"], "FJI")], kb).notes
    assert any(n.startswith("dropped") for n in notes)


def test_first_of_the_year_with_tenure_end(kb: OfficeHolderKB) -> None:
    text = ("Foreign Minister Rafael Quintero met his Argentine counterpart on Monday, their first "
            "meeting of the year, to discuss river dredging.")
    pub = infer(text, [person(text, "Rafael Quintero", ["Foreign Minister"], "URY")], kb)
    # the tenure ends 2025-01-20; the year is 2025; the first Monday of it is January 6
    assert pub.earliest == D("2025-01-06")
    assert pub.latest is not None and pub.latest <= D("2025-01-23")


def test_pair_alone_does_not_bound_from_below(kb: OfficeHolderKB) -> None:
    text = ("The delegation arrived in the capital on Saturday (October 4) and will meet the "
            "president on Monday.")
    pub = infer(text, [], kb)
    # many years have a Saturday October 4: no lower bound; any upper bound is a Saturday..Monday
    assert pub.earliest is None
    assert pub.latest is None or pub.latest.weekday() in (5, 6, 0)


def test_yesterday_with_date_fixes_the_day(kb: OfficeHolderKB) -> None:
    text = ("Foreign Minister Rafael Quintero said the border crossing reopened yesterday (December 3) "
            "after the floods.")
    pub = infer(text, [person(text, "Rafael Quintero", ["Foreign Minister"], "URY")], kb)
    assert pub.value == D("2024-12-04")
    assert pub.earliest == pub.latest == D("2024-12-04")


def test_nothing_known(kb: OfficeHolderKB) -> None:
    text = "Officials said the talks went well and more meetings would follow."
    assert infer(text, [], kb) == Published(basis="none")


def test_furniture_is_ignored(kb: OfficeHolderKB) -> None:
    text = "Updated March 3, 2031. Officials said the talks went well."
    timexes = find_timexes(text, None)
    assert infer_published(text, timexes, [], kb, skip=[(0, 22)]).basis == "none"
    assert infer_published(text, timexes, [], kb).earliest is not None


# ---- properties -----------------------------------------------------------------------------------
FRAGMENTS = [
    "Foreign Minister Maren Oskarsdottir", "former President Oskar Brandvold", "Prime Minister Tevita Lanakila",
    " said on Monday", " will meet on Friday", " on Saturday (March 8)", " yesterday (June 4)", " in 2022",
    " on May 3, 2019", " will attend talks on July 1, 2027", " last year", " 2024", " this week", " next week",
    " the first visit of the year", " this summer", " earlier this spring", " Tuesday, November 11", ".", ",",
    " today (Sunday)", " since 1 July", " in March", " then-President Oskar Brandvold", " newly appointed",
    "OSLO, March 3 (Wire) -- ", "Monday, July 8, 2024 - ", " President-elect", " top diplomat",
]
NAMES = {"Maren Oskarsdottir": ["Foreign Minister"], "Oskar Brandvold": ["President"],
         "Tevita Lanakila": ["Prime Minister"]}


def _actors(text: str) -> list[Actor]:
    return [person(text, name, titles, aid=f"a{i}") for i, (name, titles) in enumerate(NAMES.items())
            if name in text]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12))
def test_property_bounds_ordered(kb: OfficeHolderKB, parts: list[str]) -> None:
    text = "".join(parts)
    pub = infer(text, _actors(text), kb)
    if pub.earliest is not None and pub.latest is not None:
        assert pub.earliest <= pub.latest
    assert pub.basis in ("inferred", "none")
    if pub.basis == "none":
        assert pub.earliest is None and pub.latest is None and pub.value is None
    if pub.value is not None:
        assert pub.earliest is not None and pub.latest is not None
        assert pub.earliest <= pub.value <= pub.latest


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_property_never_raises(kb: OfficeHolderKB, text: str) -> None:
    pub = infer(text, _actors(text), kb)
    if pub.earliest is not None and pub.latest is not None:
        assert pub.earliest <= pub.latest


def test_deterministic(kb: OfficeHolderKB) -> None:
    text = "Foreign Minister Maren Oskarsdottir said on Saturday (March 8) that talks would resume."
    actors = [person(text, "Maren Oskarsdottir", ["Foreign Minister"], "ISL")]
    assert infer(text, actors, kb) == infer(text, actors, kb)


def test_upcoming_weekday_after_a_dated_peg(kb: OfficeHolderKB) -> None:
    text = ("Foreign Minister Maren Oskarsdottir arrived in the capital on Saturday (March 8) and will "
            "meet the president on Monday.")
    pub = infer(text, [person(text, "Maren Oskarsdottir", ["Foreign Minister"], "ISL")], kb)
    # Saturday's arrival is past, Monday's meeting still ahead: written Saturday to Monday
    assert (pub.earliest, pub.latest) == (D("2025-03-08"), D("2025-03-10"))


def test_dateline_day(kb: OfficeHolderKB) -> None:
    text = ("REYKJAVIK, Feb 11 (Wire) -- Foreign Minister Maren Oskarsdottir said the fisheries accord "
            "would be signed within weeks.")
    pub = infer(text, [person(text, "Maren Oskarsdottir", ["Foreign Minister"], "ISL")], kb)
    # tenure 2023-2026: February 11 of 2023..2026, the dateline day or the day after
    assert pub.earliest is not None and pub.latest is not None
    assert pub.earliest.month == 2 and pub.earliest.day in (11, 12) and pub.earliest.year == 2023
    assert pub.latest.month == 2 and pub.latest.day in (11, 12) and pub.latest.year == 2026


def test_dateline_years_must_fit_the_leads_weekday(kb: OfficeHolderKB) -> None:
    # February 11 is a Saturday in 2023, a Sunday in 2024, a Tuesday in 2025, a Wednesday in 2026:
    # a lead reporting Tuesday's news fits the 2025 dateline (that day) and 2026 (the day before)
    text = ("REYKJAVIK, Feb 11 (Wire) -- Foreign Minister Maren Oskarsdottir said on Tuesday that the "
            "fisheries accord would be signed within weeks.")
    pub = infer(text, [person(text, "Maren Oskarsdottir", ["Foreign Minister"], "ISL")], kb)
    assert (pub.earliest, pub.latest) == (D("2025-02-11"), D("2026-02-12"))
    # a Saturday in the lead: 2023 (that day) and 2024 (the day before), not Tuesday or Wednesday
    text = text.replace("on Tuesday", "on Saturday")
    pub = infer(text, [person(text, "Maren Oskarsdottir", ["Foreign Minister"], "ISL")], kb)
    assert (pub.earliest, pub.latest) == (D("2023-02-11"), D("2024-02-12"))
    # the lead's first weekday is its news peg; an earlier day it mentions later does not count
    text = ("REYKJAVIK, Feb 11 (Wire) -- Iceland summoned Norway's ambassador on Saturday over a trawler "
            "seized on Tuesday, Foreign Minister Maren Oskarsdottir said.")
    pub = infer(text, [person(text, "Maren Oskarsdottir", ["Foreign Minister"], "ISL")], kb)
    assert (pub.earliest, pub.latest) == (D("2023-02-11"), D("2024-02-12"))


def test_date_stamp_is_the_value(kb: OfficeHolderKB) -> None:
    text = "Monday, July 8, 2024 - Foreign Minister Amara Keita met her Gambian counterpart in Banjul."
    pub = infer(text, [person(text, "Amara Keita", ["Foreign Minister"], "SEN")], kb)
    assert pub.value == D("2024-07-08")
    assert (pub.earliest, pub.latest) == (D("2024-07-08"), D("2024-07-09"))


def test_descriptive_title_yields_to_dated_evidence(kb: OfficeHolderKB) -> None:
    # "top diplomat" is looser than an office: it must not overrule a weekday + date pair
    text = ("Prime Minister Tevita Lanakila met the region's top diplomat Maren Oskarsdottir on "
            "Friday (June 5), the two governments said.")
    actors = [person(text, "Tevita Lanakila", ["Prime Minister"], "FJI"),
              person(text, "Maren Oskarsdottir", ["top diplomat"], "ISL", aid="a2")]
    pub = infer(text, actors, kb)
    # June 5 is a Friday in 2020 (within the prime minister's tenure), long before hers
    assert (pub.earliest, pub.latest) == (D("2020-06-05"), D("2020-06-11"))


def test_new_only_when_it_qualifies_the_title(kb: OfficeHolderKB) -> None:
    text = "Ireland signed a new fisheries deal with Foreign Minister Ilse Vandermeer."
    pub = infer(text, [person(text, "Ilse Vandermeer", ["Foreign Minister"], "BEL")], kb)
    assert pub.latest is None  # not "newly appointed": her tenure is open-ended
    text = "The new Foreign Minister Ilse Vandermeer flew to Dublin."
    pub = infer(text, [person(text, "Ilse Vandermeer", ["Foreign Minister"], "BEL")], kb)
    assert pub.latest is not None and pub.latest <= D("2020-04-01")


def test_became_lately_marks_only_that_person(kb: OfficeHolderKB) -> None:
    text = ("Prime Minister Tevita Lanakila hosted Foreign Minister Ilse Vandermeer, who became "
            "foreign minister last month, for talks on fisheries.")
    actors = [person(text, "Tevita Lanakila", ["Prime Minister"], "FJI", aid="a1"),
              person(text, "Ilse Vandermeer", ["Foreign Minister"], "BEL", aid="a2")]
    pub = infer(text, actors, kb)
    # her tenure began 2020-02-01: written within two months of it (his began in 2019)
    assert pub.earliest is not None and D("2020-01-30") <= pub.earliest <= D("2020-02-01")
    assert pub.latest is not None and pub.latest <= D("2020-04-01")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.from_regex(r"\A(\d{4}|XXXX)(-(\d\d|WXX))?(-\d{1,2})?\Z"),
                          st.sampled_from(["DATE", "TIME", "DURATION"]),
                          st.sampled_from(["on Monday", "March 3", "2024", "today", "last year", "Friday, May 2"])),
                max_size=6))
def test_property_odd_timex_values(kb: OfficeHolderKB, items: list[tuple[str, str, str]]) -> None:
    parts: list[str] = []
    timexes: list[Timex] = []
    pos = 0
    for value, typ, surface in items:
        chunk = f"Officials said {surface} that talks will go on. "
        start = pos + chunk.index(surface)
        timexes.append(Timex(start=start, end=start + len(surface), text=surface, type=typ,  # type: ignore[arg-type]
                             value=value))
        parts.append(chunk)
        pos += len(chunk)
    pub = infer_published("".join(parts), timexes, [], kb)
    if pub.earliest is not None and pub.latest is not None:
        assert pub.earliest <= pub.latest


def test_season_phrase(kb: OfficeHolderKB) -> None:
    text = "Foreign Minister Amara Keita said the talks held earlier this summer had failed."
    pub = infer(text, [person(text, "Amara Keita", ["Foreign Minister"], "SEN")], kb)
    # in office from March 2024; "earlier this summer" is written in a summer
    assert pub.earliest == D("2024-06-01")


def test_spokesman_is_the_holder_of_a_spokesperson_office() -> None:
    rows = ["\t".join(HEADER),
            "\t".join(["Haruto Mizukami", "", "JPN", "foreign_minister", "Foreign Minister", "", "2015-03-01",
                       "2017-03-01", "test"]),
            "\t".join(["Haruto Mizukami", "", "JPN", "other", "Chief Cabinet Secretary", "", "2021-04-01",
                       "2022-04-01", "test"])]
    small = build_kb([("test.tsv", "\n".join(rows) + "\n")])
    text = "Government spokesman Haruto Mizukami said Tokyo had lodged a protest."
    pub = infer(text, [person(text, "Haruto Mizukami", ["spokesman"], "JPN")], small)
    # the chief cabinet secretary speaks for the government; the foreign minister does not
    assert (pub.earliest, pub.latest) == (D("2021-03-31"), D("2022-04-04"))
    text = "Deputy spokesman Haruto Mizukami said Tokyo had lodged a protest."
    pub = infer(text, [person(text, "Haruto Mizukami", ["Deputy spokesman"], "JPN")], small)
    assert pub.earliest is None and pub.latest is None


def test_security_council_vote_names_an_elected_member(kb: OfficeHolderKB) -> None:
    text = ("The Security Council adopted the text on Tuesday. Fourteen members backed the resolution, "
            "while Mozambique abstained.")
    start = text.index("Mozambique")
    moz = Actor(id="c1", name="Mozambique", kind="country", country="MOZ", mentions=[(start, start + 10)])
    inference = explain(text, find_timexes(text, None), [moz], kb)
    pub, notes = inference.published, inference.notes
    assert "applied: council vote Mozambique" in notes
    # an elected member for 2023-2024 (years past the table stay open)
    assert pub.earliest == D("2023-01-01")
    # a permanent member, or an Assembly vote, says nothing
    for code, sentence in (("RUS", "while Russia abstained."),
                           ("MOZ", "while Mozambique abstained in the General Assembly.")):
        text2 = "The Security Council met on Tuesday. The resolution passed, " + sentence
        name = sentence.split()[1]
        s2 = text2.index(name)
        actor = Actor(id="c1", name=name, kind="country", country=code, mentions=[(s2, s2 + len(name))])
        pub2 = infer(text2, [actor], kb)
        assert pub2.earliest is None


def test_rotating_eu_presidency_is_its_half_year(kb: OfficeHolderKB) -> None:
    text = "Poland, which holds the rotating presidency of the Council of the EU, called a summit."
    pl = Actor(id="c1", name="Poland", kind="country", country="POL", mentions=[(0, 6)])
    pub = infer(text, [pl], kb)
    # Poland's half-years: 2011 H2 and 2025 H1, from their first day (a presidency "held" has begun)
    # to a week after their last; later years are unknown
    assert pub.earliest == D("2011-07-01")
    text = "Foreign Minister Amara Keita said Poland, which holds the rotating EU presidency, would host the talks."
    s = text.index("Poland")
    actors = [person(text, "Amara Keita", ["Foreign Minister"], "SEN"),
              Actor(id="c1", name="Poland", kind="country", country="POL", mentions=[(s, s + 6)])]
    pub = infer(text, actors, kb)
    assert pub.earliest == D("2025-01-01")  # and never 2025 H2 to 2027, though later years stay open
    # a presidency held in the past says nothing
    text = "Poland held the rotating EU presidency in 2011."
    notes = explain(text, find_timexes(text, None), [Actor(id="c1", name="Poland", kind="country",
                                                          country="POL", mentions=[(0, 6)])], kb).notes
    assert not any("EU presidency" in n for n in notes)


def test_council_and_presidency_tables_are_read_from_data() -> None:
    from communique.time.published import eu_presidency_terms, unsc_years

    assert unsc_years("KOR") >= {2013, 2014, 2024, 2025}
    assert unsc_years("USA") == frozenset()   # permanent members are not in the elected table
    assert (dt.date(2024, 7, 1), dt.date(2024, 12, 31)) in eu_presidency_terms("HUN")


# ---- the reference day relative expressions are read against ----------------------------------------
def test_a_day_named_as_past_fixes_the_reference_of_a_wide_interval(kb: OfficeHolderKB) -> None:
    text = ("Denmark, which has held the rotating presidency of the Council of the EU since July 1, "
            "hosted Foreign Minister Ilse Vandermeer for talks on Thursday.")
    dk = Actor(id="c1", name="Denmark", kind="country", country="DNK", mentions=[(0, 7)])
    inference = explain(text, find_timexes(text, None), [dk, person(text, "Ilse Vandermeer", ["Foreign Minister"], "BEL",
                                                                     aid="a1")], kb)
    pub = inference.published
    # the half-year (and later years) allow months, but its first day is named: Thursday is read from there
    assert pub.earliest == D("2025-07-03") and (pub.latest is None or pub.latest > D("2025-12-01"))
    assert inference.reference == D("2025-07-03")
    assert any(n.startswith("reference 2025-07-03") for n in inference.notes)


def test_a_tenure_start_alone_fixes_no_reference(kb: OfficeHolderKB) -> None:
    text = "Foreign Minister Amara Keita met his Malian counterpart on Tuesday."
    inference = explain(text, find_timexes(text, None), [person(text, "Amara Keita", ["Foreign Minister"], "SEN")], kb)
    # the first Tuesday of the tenure bounds the article, but nothing says the talks were that week
    assert inference.published.earliest is not None and inference.published.earliest.weekday() == 1
    assert inference.published.latest is None
    assert inference.reference is None


def test_a_narrow_interval_is_its_own_reference(kb: OfficeHolderKB) -> None:
    text = "Foreign Minister Rafael Quintero met envoys on Monday, after the January 12, 2025 vote."
    inference = explain(text, find_timexes(text, None), [person(text, "Rafael Quintero", ["Foreign Minister"], "URY")], kb)
    pub = inference.published
    assert pub.earliest is not None and D("2025-01-12") <= pub.earliest <= D("2025-01-13")
    assert pub.latest is not None and (pub.latest - pub.earliest).days <= 14
    assert inference.reference == pub.earliest


def test_a_named_day_in_two_candidate_years_is_read_in_the_first(kb: OfficeHolderKB) -> None:
    # September 12 fell on a Thursday in 2024 and on a Friday in 2025: a lead's Thursday allows both,
    # and the guidelines read weekdays from the earliest day the article allows
    text = ("REYKJAVIK, Sept 12 (Wire) -- Iceland closed its embassy on Thursday, Foreign Minister Maren "
            "Oskarsdottir said.")
    inference = explain(text, find_timexes(text, None), [person(text, "Maren Oskarsdottir", ["Foreign Minister"], "ISL")], kb)
    pub = inference.published
    assert pub.earliest == D("2024-09-12") and pub.latest is not None and pub.latest >= D("2025-09-12")
    assert inference.reference == D("2024-09-12")

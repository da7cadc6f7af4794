"""Time stage: TIMEX3 tagging and normalization.

Every test pins the reference date explicitly (like a fixed RELATIVE_BASE), so results never
depend on the day the tests run.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.records import Timex
from communique.time import clause_tense, find_timexes, resolve_for_tense

THU = dt.date(2026, 3, 12)   # a Thursday, ISO week 2026-W11 (Mon 9 .. Sun 15 March)
SUN = dt.date(2025, 6, 29)   # a Sunday, ISO week 2025-W26
D = dt.date.fromisoformat

DATA = Path(__file__).resolve().parent / "data" / "timex_challenge.jsonl"
SHARED = Path(__file__).resolve().parents[2] / "shared"

# floors: the scores reached when these tests were written (raise them, never lower silently)
CHALLENGE_FLOOR = 0.99
TBAQ_VALUE_F1_FLOOR = 0.80
TE3_VALUE_F1_FLOOR = 0.80


def one(text: str, dct: dt.date | None, surface: str) -> Timex:
    hits = [t for t in find_timexes(text, dct) if t.text == surface]
    assert hits, f"{surface!r} not found in {[t.text for t in find_timexes(text, dct)]}"
    return hits[0]


# (sentence, surface, type, value, begin, until)
CASES: list[tuple[str, str, str, str, str | None, str | None]] = [
    # weekdays by tense
    ("The ministers met in Oslo on Monday.", "Monday", "DATE", "2026-03-09", "2026-03-09", "2026-03-09"),
    ("The ministers will meet in Oslo on Monday.", "Monday", "DATE", "2026-03-16", "2026-03-16", "2026-03-16"),
    ("Ministers meet in Oslo on Saturday.", "Saturday", "DATE", "2026-03-14", "2026-03-14", "2026-03-14"),
    ("The envoy said on Thursday that talks had stalled.", "Thursday", "DATE", "2026-03-12", "2026-03-12", "2026-03-12"),
    ("Talks are set to resume on Friday.", "Friday", "DATE", "2026-03-13", "2026-03-13", "2026-03-13"),
    ("The envoy arrived late Sunday.", "late Sunday", "DATE", "2026-03-08", "2026-03-08", "2026-03-08"),
    ("He left last Friday.", "last Friday", "DATE", "2026-03-06", "2026-03-06", "2026-03-06"),
    ("He leaves next Monday.", "next Monday", "DATE", "2026-03-16", "2026-03-16", "2026-03-16"),
    ("The minister will fly out on Tuesday morning.", "Tuesday morning", "TIME", "2026-03-17TMO", "2026-03-17", "2026-03-17"),
    # named days and parts of day
    ("The two leaders spoke today.", "today", "DATE", "2026-03-12", "2026-03-12", "2026-03-12"),
    ("The two leaders spoke yesterday.", "yesterday", "DATE", "2026-03-11", "2026-03-11", "2026-03-11"),
    ("The two leaders speak tomorrow.", "tomorrow", "DATE", "2026-03-13", "2026-03-13", "2026-03-13"),
    ("A dinner is held tonight.", "tonight", "TIME", "2026-03-12TNI", "2026-03-12", "2026-03-12"),
    ("They spoke this morning.", "this morning", "TIME", "2026-03-12TMO", "2026-03-12", "2026-03-12"),
    # absolute dates
    ("Signed on 31 March 2025.", "31 March 2025", "DATE", "2025-03-31", "2025-03-31", "2025-03-31"),
    ("Signed on March 31, 2025.", "March 31, 2025", "DATE", "2025-03-31", "2025-03-31", "2025-03-31"),
    ("Signed on 2025-03-31.", "2025-03-31", "DATE", "2025-03-31", "2025-03-31", "2025-03-31"),
    ("Signed on 03/31/2025.", "03/31/2025", "DATE", "2025-03-31", "2025-03-31", "2025-03-31"),
    ("The talks were held in March 2025.", "March 2025", "DATE", "2025-03", "2025-03-01", "2025-03-31"),
    ("The treaty dates from 2019.", "2019", "DATE", "2019", "2019-01-01", "2019-12-31"),
    ("The war ended in the 1990s.", "the 1990s", "DATE", "199", "1990-01-01", "1999-12-31"),
    ("The accord was signed on Dec. 3.", "Dec. 3", "DATE", "2025-12-03", "2025-12-03", "2025-12-03"),
    ("The vote will be held on Sept. 19.", "Sept. 19", "DATE", "2026-09-19", "2026-09-19", "2026-09-19"),
    # ranges: one timex, value = first day
    ("The summit runs from March 31 to April 2.", "March 31 to April 2", "DATE", "2026-03-31", "2026-03-31", "2026-04-02"),
    ("Talks will take place March 9-17.", "March 9-17", "DATE", "2026-03-09", "2026-03-09", "2026-03-17"),
    ("The fair is on Feb. 14-16, 2027.", "Feb. 14-16, 2027", "DATE", "2027-02-14", "2027-02-14", "2027-02-16"),
    ("They will meet between 3 and 5 June.", "3 and 5 June", "DATE", "2026-06-03", "2026-06-03", "2026-06-05"),
    # relative periods
    ("Talks stalled last week.", "last week", "DATE", "2026-W10", "2026-03-02", "2026-03-08"),
    ("Talks resume next week.", "next week", "DATE", "2026-W12", "2026-03-16", "2026-03-22"),
    ("Talks are held this week.", "this week", "DATE", "2026-W11", "2026-03-09", "2026-03-15"),
    ("He visited Kyiv earlier this week.", "earlier this week", "DATE", "2026-W11", "2026-03-09", "2026-03-11"),
    ("He will visit Kyiv later this month.", "later this month", "DATE", "2026-03", "2026-03-13", "2026-03-31"),
    ("Earlier this year, trade fell.", "Earlier this year", "DATE", "2026", "2026-01-01", "2026-03-12"),
    ("Trade fell last month.", "last month", "DATE", "2026-02", "2026-02-01", "2026-02-28"),
    ("Trade fell last year.", "last year", "DATE", "2025", "2025-01-01", "2025-12-31"),
    ("He said at the weekend that talks would resume.", "the weekend", "DATE", "2026-W10-WE", "2026-03-07", "2026-03-08"),
    ("The talks began two days ago.", "two days ago", "DATE", "2026-03-10", "2026-03-10", "2026-03-10"),
    ("A deal is expected within the year.", "the year", "DATE", "2026", "2026-03-12", "2026-12-31"),
    ("Troops will withdraw within ten days.", "ten days", "DURATION", "P10D", "2026-03-12", "2026-03-22"),
    ("Troops will withdraw by the end of August.", "the end of August", "DATE", "2026-08", "2026-03-12", "2026-08-31"),
    ("Shelling eased over the past few days.", "the past few days", "DURATION", "PXD", "2026-03-05", "2026-03-12"),
    ("Trade fell in the past three months.", "the past three months", "DURATION", "P3M", "2025-12-12", "2026-03-12"),
    ("Talks will intensify in the weeks ahead.", "the weeks ahead", "DURATION", "PXW", "2026-03-13", "2026-04-23"),
    ("Talks will be held in late April.", "late April", "DATE", "2026-04", "2026-04-20", "2026-04-30"),
    ("Talks will be held in mid-June.", "mid-June", "DATE", "2026-06", "2026-06-10", "2026-06-20"),
    ("Talks will be held at the end of March.", "the end of March", "DATE", "2026-03", "2026-03-20", "2026-03-31"),
    # months and seasons by tense
    ("The president visited India in May.", "May", "DATE", "2025-05", "2025-05-01", "2025-05-31"),
    ("The president will visit India in May.", "May", "DATE", "2026-05", "2026-05-01", "2026-05-31"),
    ("The ministers met in the summer.", "the summer", "DATE", "2025-SU", "2025-06-01", "2025-08-31"),
    ("Growth slowed in the first quarter of 2025.", "the first quarter of 2025", "DATE", "2025-Q1", "2025-01-01", "2025-03-31"),
    # durations and sets
    ("The truce held for 48 hours.", "48 hours", "DURATION", "PT48H", None, None),
    ("Ties were frozen for a decade.", "a decade", "DURATION", "P10Y", None, None),
    ("The siege lasted three years.", "three years", "DURATION", "P3Y", None, None),
    ("The council meets every Monday.", "every Monday", "SET", "XXXX-WXX-1", None, None),
    ("The council meets annually.", "annually", "SET", "P1Y", None, None),
    ("Envoys report weekly.", "weekly", "SET", "P1W", None, None),
    ("Envoys report each year.", "each year", "SET", "P1Y", None, None),
    # references
    ("The envoy recently visited Kabul.", "recently", "DATE", "PAST_REF", None, None),
    ("The envoy is now in Kabul.", "now", "DATE", "PRESENT_REF", None, None),
    ("Today, the envoy is in Kabul.", "Today", "DATE", "2026-03-12", "2026-03-12", "2026-03-12"),
    ("Peace may come in the future.", "the future", "DATE", "FUTURE_REF", None, None),
    ("Such truces have failed in the past.", "the past", "DATE", "PAST_REF", None, None),
    ("In the past, the two sides rarely met.", "the past", "DATE", "PAST_REF", None, None),
    # clock times
    ("The vote closes at 3 p.m.", "3 p.m.", "TIME", "2026-03-12T15:00", "2026-03-12", "2026-03-12"),
    ("The vote closes at noon Friday.", "noon Friday", "TIME", "2026-03-13T12:00", "2026-03-13", "2026-03-13"),
    # UTC/GMT is the ISO 8601 designator Z; other zones keep the local reading
    ("The launch came at 14:30 UTC.", "14:30 UTC", "TIME", "2026-03-12T14:30Z", "2026-03-12", "2026-03-12"),
    ("The launch came at 2:30 p.m. GMT.", "2:30 p.m. GMT", "TIME", "2026-03-12T14:30Z", "2026-03-12", "2026-03-12"),
    ("The polls close at 8 p.m. EST.", "8 p.m. EST", "TIME", "2026-03-12T20:00", "2026-03-12", "2026-03-12"),
    # a plan seen from the past ("was about to", "had been due to") does not look ahead by itself
    ("Officials said the reporter, who was about to be expelled on Tuesday, left the country.", "Tuesday",
     "DATE", "2026-03-10", "2026-03-10", "2026-03-10"),
    ("The summit was due to be held on Monday.", "Monday", "DATE", "2026-03-09", "2026-03-09", "2026-03-09"),
    ("The truce was extended to April. It had been due to expire on Monday.", "Monday", "DATE", "2026-03-09",
     "2026-03-09", "2026-03-09"),
    ("The ballot had been scheduled to close at noon Tuesday.", "noon Tuesday", "TIME", "2026-03-10T12:00",
     "2026-03-10", "2026-03-10"),
    # a deadline given now runs ahead; a state that lasts "until" a day is present, not past
    ("The court has given the parties until Monday to reply.", "Monday", "DATE", "2026-03-16",
     "2026-03-12", "2026-03-16"),
    ("Border crossings remain closed until Saturday.", "Saturday", "DATE", "2026-03-14",
     "2026-03-12", "2026-03-14"),
    # "one day" after a modal or "to" is some day to come, not a day's length
    ("Officials say the country will one day join the union.", "one day", "DATE", "FUTURE_REF", None, None),
    ("She hopes to one day return to Aleppo.", "one day", "DATE", "FUTURE_REF", None, None),
    ("The ceasefire lasted one day.", "one day", "DURATION", "P1D", None, None),
    # "could" + verb is a possibility ahead; "could not", "nobody could" is a past ability
    ("A ruling could come as early as Monday.", "Monday", "DATE", "2026-03-16", "2026-03-16", "2026-03-16"),
    ("The envoy could not be reached on Monday.", "Monday", "DATE", "2026-03-09", "2026-03-09", "2026-03-09"),
    ("Neither side could be reached on Monday.", "Monday", "DATE", "2026-03-09", "2026-03-09", "2026-03-09"),
    ("The rivals signed a pact on Monday that could end the dispute.", "Monday", "DATE", "2026-03-09",
     "2026-03-09", "2026-03-09"),
    ("The two ministers have worked together for a half-century.", "a half-century", "DURATION", "P50Y",
     None, None),
]


@pytest.mark.parametrize("text", [
    "The pro-government daily Sabah reported the talks.",
    "The minister told the daily that no deal was near.",
    "The daily said the envoy had resigned.",
    "Tuesday's front page of the Communist Party daily was devoted to the visit.",
])
def test_daily_naming_a_newspaper_is_not_a_set(text: str) -> None:
    assert "daily" not in [t.text for t in find_timexes(text, THU)]


@pytest.mark.parametrize(("text", "surface"), [
    ("Protesters gather almost daily outside the embassy.", "daily"),
    ("Inspectors publish a daily tally of violations.", "daily"),
    ("The two sides now speak daily.", "daily"),
])
def test_daily_as_adverb_stays_a_set(text: str, surface: str) -> None:
    t = one(text, THU, surface)
    assert (t.type, t.value) == ("SET", "P1D")


@pytest.mark.parametrize(("text", "surface", "typ", "value", "begin", "until"), CASES)
def test_normalization(text: str, surface: str, typ: str, value: str, begin: str | None,
                       until: str | None) -> None:
    t = one(text, THU, surface)
    assert (t.type, t.value) == (typ, value)
    assert t.begin == (D(begin) if begin else None)
    assert t.until == (D(until) if until else None)


@pytest.mark.parametrize(("dct", "text", "surface", "value", "begin", "until"), [
    # a coordinated bare name inherits its head's relation
    (THU, "Talks took place last May and June.", "June", "2025-06", "2025-06-01", "2025-06-30"),
    (THU, "They meet next Monday and Tuesday.", "Tuesday", "2026-03-17", "2026-03-17", "2026-03-17"),
    # "around" widens a day by three days each side
    (THU, "The vote is due around 30 September.", "around 30 September", "2026-09-30", "2026-09-27", "2026-10-03"),
    # "this week" said on a Sunday about a future act: that Sunday and the week after
    (SUN, "The ministers will meet this week.", "this week", "2025-W26", "2025-06-29", "2025-07-06"),
    # a year named earlier in the sentence dates a day without one
    (THU, "The 2003 invasion began on March 20.", "March 20", "2003-03-20", "2003-03-20", "2003-03-20"),
    # a past clause cannot mean an end that is still ahead
    (THU, "Cases peaked at the end of the year.", "the end of the year", "2025", "2025-09-01", "2025-12-31"),
    # an adjacent past-tense verb outweighs distance
    (THU, "The rally was held on 5 May.", "5 May", "2025-05-05", "2025-05-05", "2025-05-05"),
    # "a year later" counts from the year named in the sentence
    (THU, "The treaty was ratified in 1998 and took effect a year later.", "a year later", "1999", "1999-01-01", "1999-12-31"),
    # postponing "until" points ahead, even in a past clause
    (THU, "The visit was postponed until the autumn.", "the autumn", "2026-FA", "2026-03-12", "2026-11-30"),
    # "since" fixes the start in the past
    (THU, "Talks have stalled since October.", "October", "2025-10", "2025-10-01", "2026-03-12"),
    # half months and European dotted dates
    (THU, "Talks are due in the first half of April.", "the first half of April", "2026-04", "2026-04-01", "2026-04-15"),
    (THU, "The memorandum of 31.03.2025 expired.", "31.03.2025", "2025-03-31", "2025-03-31", "2025-03-31"),
    # anaphoric "the day" in a report of one day's trading: the day named before it
    (THU, "Shares slid on Tuesday. The index fell 2% to end the day at 4,210.", "the day", "2026-03-10", "2026-03-10", "2026-03-10"),
    (THU, "For the day, the index lost 1.4%.", "the day", "2026-03-12", "2026-03-12", "2026-03-12"),
    # "earlier/later in the day": the day the story is about
    (THU, "The envoy met Lula on Tuesday and spoke to Milei later in the day.", "the day", "2026-03-10", "2026-03-10", "2026-03-10"),
    (THU, "Earlier in the day, the minister landed in Lima.", "the day", "2026-03-12", "2026-03-12", "2026-03-12"),
    (THU, "After a fall at the start of the day, shares recovered.", "the start of the day", "2026-03-12", "2026-03-12", "2026-03-12"),
    # anaphoric "that year" / "the following month": the last calendar expression named before
    (THU, "Arms sales reached $3 billion in 2019, a record for that year.", "that year", "2019", "2019-01-01", "2019-12-31"),
    (THU, "The envoy fled in June 2018 and returned later that year.", "later that year", "2018", "2018-09-01", "2018-12-31"),
    (THU, "The talks collapsed in 2015. The following year, fighting resumed.", "The following year", "2016", "2016-01-01", "2016-12-31"),
    # "the same month a year ago" / "the same period last year" after a month: that month, a year back
    (THU, "Exports fell 9% in January from the same month a year ago.", "the same month a year ago", "2025-01", "2025-01-01", "2025-01-31"),
    (THU, "Exports rose in February compared with the same period last year.", "the same period last year", "2025-02", "2025-02-01", "2025-02-28"),
    # "the previous Friday", "the following Monday": counted from the day the story is at
    (THU, "The index fell on Friday, down 4% from the previous Friday.", "the previous Friday", "2026-02-27", "2026-02-27", "2026-02-27"),
    (THU, "The accord was signed on May 5, 2021, and took effect the following Monday.", "the following Monday", "2021-05-10", "2021-05-10", "2021-05-10"),
    # "the week of March 16": the week containing that day
    (THU, "A hearing is set for the week of March 16.", "the week of March 16", "2026-W12", "2026-03-16", "2026-03-22"),
    # a coordinated decade without its article; a year written with an apostrophe
    (THU, "The fashions of the 70s and 80s returned.", "80s", "198", "1980-01-01", "1989-12-31"),
    (THU, "The index is at its lowest since '09.", "'09", "2009", "2009-01-01", "2026-03-12"),
    # movable feasts and shopping days; "the past five trading days"
    (THU, "Pilgrims will gather on Good Friday.", "Good Friday", "2026-04-03", "2026-04-03", "2026-04-03"),
    (THU, "Shops opened early on Black Friday last year.", "Black Friday", "2025-11-28", "2025-11-28", "2025-11-28"),
    (THU, "Shares fell over the past five trading days.", "the past five trading days", "P5D", "2026-03-07", "2026-03-12"),
    # a clock time takes the day named after it
    (THU, "The envoy will brief the council at 3 p.m. on Monday.", "3 p.m.", "2026-03-16T15:00", "2026-03-16", "2026-03-16"),
    # a present passive is not a past verb: "when the appeal is heard in May" looks ahead
    (THU, "Lawyers hope to win when the appeal is heard in May.", "May", "2026-05", "2026-05-01", "2026-05-31"),
])
def test_context_rules(dct: dt.date, text: str, surface: str, value: str, begin: str, until: str) -> None:
    t = one(text, dct, surface)
    assert (t.value, t.begin, t.until) == (value, D(begin), D(until))


@pytest.mark.parametrize(("dct", "text", "surface", "typ", "value"), [
    # "a minute and a half" before "later," (the comma is not a following noun)
    (THU, "A minute and a half later, the pilot radioed the tower.", "A minute and a half", "DURATION", "PT1M30S"),
    # "October of next year": the year phrase after "of" belongs to the month
    (THU, "Licences that lapse after October of next year will not be renewed.", "October of next year", "DATE", "2027-10"),
    (THU, "Exports fell sharply in June of last year.", "June of last year", "DATE", "2025-06"),
    # a parenthetical "that is," is not the clause's verb: the past perfect dates the Sunday
    (THU, "On Sunday, the members -- that is, the states which use the euro -- had agreed on a plan.", "Sunday", "DATE", "2026-03-08"),
    # a weekday with a plural part of the day recurs: "Tuesday nights", "Sunday mornings"
    (THU, "The programme airs on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    (THU, "The envoy briefs reporters on Sunday mornings.", "Sunday mornings", "SET", "XXXX-WXX-7TMO"),
    # a span of quarters keeps the quarter unit (TIMEX3 "P2Q"), as does the set "every quarter"
    (THU, "Output has shrunk over the past two quarters.", "the past two quarters", "DURATION", "P2Q"),
    (THU, "The economy contracted for several quarters.", "several quarters", "DURATION", "PXQ"),
    (THU, "The ministers review the sanctions every quarter.", "every quarter", "SET", "P1Q"),
    # years read out in a broadcast transcript, after a month or season
    (THU, "January nineteen ninety-seven: the bombers struck again.", "January nineteen ninety-seven", "DATE", "1997-01"),
    (THU, "Prices last fell that low in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE", "1994-WI"),
    # a count in words of hundreds or thousands of years is a duration, not the year 2000
    (THU, "The shrine has stood for more than two thousand years.", "more than two thousand years", "DURATION", "P2000Y"),
    # far-off counts stay inside the calendar: a four-digit year, or a vague past
    (THU, "The temple was built 2000 years ago.", "2000 years ago", "DATE", "0026"),
    (THU, "The glacier formed 10,000 years earlier.", "10,000 years earlier", "DATE", "PAST_REF"),
])
def test_values(dct: dt.date, text: str, surface: str, typ: str, value: str) -> None:
    t = one(text, dct, surface)
    assert (t.type, t.value) == (typ, value)


@pytest.mark.parametrize(("text", "absent"), [
    ("The former minister criticised the deal.", "former"),
    ("The 44-year-old diplomat was appointed.", "44-year-old"),
    ("You may not leave.", "may"),
    ("Troops march on the capital.", "march"),
    ("The mission will last six weeks.", "last six weeks"),
    ("He blamed the past mistakes of the council.", "the past"),
    ("At the end of the day, both sides want a deal.", "the day"),
    ("Thousands joined the March for Peace in the capital.", "March"),
    ("Markets recalled the crash of Black Monday.", "Monday"),
    ("The minister told USA Today that talks would go on.", "Today"),
    ("He spoke on the Sunday program \"This Week\" about the truce.", "This Week"),
    ("The envoy appeared on CBS's \"60 Minutes\" last night.", "60 Minutes"),
    ("Students led the March of the Torches through the old town.", "March"),
    ("They long for the day when the border reopens.", "the day"),
])
def test_not_tagged(text: str, absent: str) -> None:
    assert absent not in [t.text for t in find_timexes(text, THU)]


@pytest.mark.parametrize(("text", "surface", "value", "begin"), [
    ("The ministers met on Monday.", "Monday", "XXXX-WXX-1", None),
    ("The summit opens on March 31.", "March 31", "XXXX-03-31", None),
    ("Talks resumed in May.", "May", "XXXX-05", None),
    ("Talks stalled yesterday.", "yesterday", "XXXX-XX-XX", None),
    ("Talks stalled last week.", "last week", "XXXX-WXX", None),
    ("The accord of 31 March 2025 holds.", "31 March 2025", "2025-03-31", "2025-03-31"),
    ("The war ended in 1995.", "1995", "1995", "1995-01-01"),
])
def test_without_reference_date(text: str, surface: str, value: str, begin: str | None) -> None:
    t = one(text, None, surface)
    assert t.value == value
    assert t.begin == (D(begin) if begin else None)


def test_vague_flags() -> None:
    assert one("He visited Kyiv earlier this week.", THU, "earlier this week").vague
    assert not one("Talks run from March 31 to April 2.", THU, "March 31 to April 2").vague
    assert not one("They met on Monday.", THU, "Monday").vague


def test_span_excludes_preposition() -> None:
    t = one("The ministers met on Monday.", THU, "Monday")
    assert "The ministers met on Monday."[t.start:t.end] == "Monday"


def test_skip_spans() -> None:
    text = "Posted Monday | The ministers met on Tuesday."
    got = [t.text for t in find_timexes(text, THU, skip=[(0, 13)])]
    assert got == ["Tuesday"]


def test_sunday_reference_present_lead_looks_ahead() -> None:
    assert one("Leaders gather in Madrid on Tuesday.", SUN, "Tuesday").value == "2025-07-01"


@pytest.mark.parametrize(("text", "surface", "tense", "value"), [
    ("They meet on Monday.", "Monday", "past", "2026-03-09"),
    ("They meet on Monday.", "Monday", "future", "2026-03-16"),
    ("They meet in May.", "May", "past", "2025-05"),
    ("They meet in May.", "May", "future", "2026-05"),
    ("They meet on March 31.", "March 31", "past", "2025-03-31"),
    ("They meet on March 31.", "March 31", "future", "2026-03-31"),
    ("They meet in the summer.", "the summer", "past", "2025-SU"),
    ("They meet March 9-17.", "March 9-17", "future", "2026-03-09"),   # still running: this year
    ("They met March 20-22.", "March 20-22", "past", "2025-03-20"),
])
def test_resolve_for_tense(text: str, surface: str, tense: str, value: str) -> None:
    t = one(text, THU, surface)
    r = resolve_for_tense(t, THU, tense)  # type: ignore[arg-type]
    assert r.value == value
    assert (r.start, r.end, r.text) == (t.start, t.end, t.text)
    assert r.begin is not None and r.until is not None and r.begin <= r.until


@pytest.mark.parametrize("surface", ["2025-03-31", "three years", "last week", "yesterday"])
def test_resolve_for_tense_leaves_tense_free_expressions(surface: str) -> None:
    t = one(f"Talks: {surface}.", THU, surface)
    assert resolve_for_tense(t, THU, "future") == t
    assert resolve_for_tense(t, THU, "past") == t


@pytest.mark.parametrize(("text", "surface", "tense"), [
    ("The minister will visit Paris on Monday.", "Monday", "future"),
    ("The minister is set to visit Paris on Monday.", "Monday", "future"),
    ("The minister met his counterpart on Monday.", "Monday", "past"),
    ("The minister said on Monday that talks would go on.", "Monday", "past"),
    ("Leaders meet in Brussels on Monday.", "Monday", "present"),
    ("The attorney has scheduled a news conference Thursday.", "Thursday", "future"),
    ("On Friday, when the envoy set out his planned route, the ministry lifted the ban.", "Friday", "past"),
    ("If talks fail on Friday, sanctions follow.", "Friday", "future"),
    ("The deal was supposed to take effect on Monday.", "Monday", None),
])
def test_clause_tense(text: str, surface: str, tense: str | None) -> None:
    start = text.index(surface)
    assert clause_tense(text, start, start + len(surface)) == tense


def test_accepts_a_datetime_reference_and_curly_quotes() -> None:
    text = "Talks resume on Monday’s schedule, the ministry said on New Year’s Day."
    got = {t.text: t.value for t in find_timexes(text, dt.datetime(2026, 1, 5, 9, 30))}
    assert got == {"Monday": "2026-01-05", "New Year’s Day": "2026-01-01"}


def test_deterministic_and_sorted() -> None:
    text = "On Monday and Tuesday, and again on March 9-17, officials met; talks resume next week."
    a, b = find_timexes(text, THU), find_timexes(text, THU)
    assert a == b
    assert [t.start for t in a] == sorted(t.start for t in a)
    assert all(x.end <= y.start for x, y in zip(a, a[1:], strict=False))


def _challenge() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_challenge_set_shape() -> None:
    docs = _challenge()
    n = sum(len(d["timexes"]) for d in docs)
    assert n >= 150
    for d in docs:
        text = str(d["text"])
        for g in d["timexes"]:
            assert text[g["start"]:g["end"]] == g["text"]


def test_challenge_set_accuracy() -> None:
    """Exact span + type + value + day interval, over every gold expression."""
    ok = total = extra = 0
    for d in _challenge():
        pred = {(t.start, t.end): t for t in find_timexes(str(d["text"]), D(str(d["dct"])))}
        for g in d["timexes"]:
            total += 1
            p = pred.pop((g["start"], g["end"]), None)
            if p is None:
                continue
            got = (p.type, p.value, p.begin and p.begin.isoformat(), p.until and p.until.isoformat())
            ok += got == (g["type"], g["value"], g["begin"], g["until"])
        extra += len(pred)
    accuracy = ok / total
    assert accuracy >= CHALLENGE_FLOOR, f"challenge accuracy {accuracy:.3f} < {CHALLENGE_FLOOR}"
    assert extra <= 2


def _score(gold: Path, tmp: Path) -> dict[str, float]:
    docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    pred = tmp / f"pred_{gold.stem}.jsonl"
    with pred.open("w", encoding="utf-8") as f:
        for d in docs:
            dct = D(d["dct"][:10]) if d.get("dct") else None
            f.write(json.dumps({"doc_id": d["doc_id"], "text": d["text"],
                                "timexes": [t.to_dict() for t in find_timexes(d["text"], dct)]}) + "\n")
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score_timex.py"), "--gold", str(gold),
                          "--pred", str(pred), "--json"], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout)
    return result


@pytest.mark.slow
@pytest.mark.parametrize(("name", "floor"), [
    ("tbaq_cleaned.jsonl", TBAQ_VALUE_F1_FLOOR),
    ("te3_platinum.jsonl", TE3_VALUE_F1_FLOOR),
])
def test_tempeval_value_f1_floor(name: str, floor: float, tmp_path: Path) -> None:
    gold = SHARED / "benchmarks" / "timex" / name
    if not gold.exists() or not (SHARED / "eval" / "score_timex.py").exists():
        pytest.skip("shared benchmarks not available")
    r = _score(gold, tmp_path)
    assert r["value_f1"] >= floor, r


_WORDS = st.sampled_from([
    "on", "Monday", "last", "next", "week", "month", "year", "the", "March", "31", "2025", "in", "May",
    "early", "late", "mid-June", "two", "days", "ago", "within", "ten", "three-year", "every", "Friday",
    "at", "3", "p.m.", "noon", "since", "1990s", "from", "to", "April", "2", "-", ",", ".", "will",
    "met", "said", "yesterday", "tonight", "weekend", "Q1", "quarter", "first", "summer", "annually",
    "now", "recently", "by", "end", "of", "and", "between", "5", "June", "9-17", "Dec.", "3", "fiscal",
])


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORDS, min_size=0, max_size=25),
       dct=st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))))
def test_property_spans_and_intervals(words: list[str], dct: dt.date | None) -> None:
    text = " ".join(words)
    for t in find_timexes(text, dct):
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.value
        if t.begin is not None or t.until is not None:
            assert t.begin is not None and t.until is not None
            assert t.begin <= t.until


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=200), dct=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))
def test_property_arbitrary_text(text: str, dct: dt.date) -> None:
    for t in find_timexes(text, dct):
        assert text[t.start:t.end] == t.text
        if t.begin is not None:
            assert t.until is not None and t.begin <= t.until

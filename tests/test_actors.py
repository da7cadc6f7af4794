"""Actor resolution: hard cases written for the project (tests/data/actors_hard_cases.jsonl)
and targeted checks of the model's known faults.

The hard-case set is scored as a whole (person precision/recall, country and title accuracy,
states found, surfaces that must not become actors) against floors set at what the stage
reached; raise them as it improves.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from communique.actors.names import family_name, norm_name, same_person
from communique.pipeline import Pipeline, process
from communique.records import Actor, Article, Document, Published

HARD_CASES = Path(__file__).parent / "data" / "actors_hard_cases.jsonl"


# ---------------------------------------------------------------- pure name helpers (fast)
@pytest.mark.parametrize("a,b,same", [
    ("Lee Jae-myung", "Lee Jae Myung", True),
    ("Kim Jong-un", "Kim Jong Un", True),
    ("Michael DeSombre", "Michael George DeSombre", True),
    ("Yoon Suk", "Yoon Suk Yeol", True),
    ("Cho Tae-yul", "Cho Hyun", False),
    ("Park Jin", "Park Jong-han", False),
])
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


@pytest.mark.parametrize("name,family", [
    ("Cho Tae-yul", "Cho"), ("Michael George DeSombre", "DeSombre"), ("Wang Yi", "Wang"),
    ("Antony Blinken", "Blinken"), ("Madonna", None),
])
def test_family_name(name: str, family: str | None) -> None:
    assert family_name(name) == family


def test_norm_name_ignores_case_hyphens_and_possessives() -> None:
    assert norm_name("Kim Jong-un's") == norm_name("kim jong un")


# ---------------------------------------------------------------- with the model
@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.load()


def run(pipe: Pipeline, text: str, dct: dt.date | None) -> Document:
    article = Article(doc_id="t", text=text, published=Published(value=dct, basis="header" if dct else "none"))
    return process(pipe.nlp(text), article, pipe)


def persons(doc: Document) -> list[Actor]:
    return [a for a in doc.actors if a.kind == "person"]


def title_hit(gold: list[str], pred: list[str]) -> bool:
    def toks(s: str) -> set[str]:
        return set(norm_name(s).split()) - {"of", "the", "for", "and", "us", "u", "s"}
    return any(toks(g) and toks(p) and len(toks(g) & toks(p)) / len(toks(g) | toks(p)) >= 0.5 for g in gold for p in pred)


def score_hard_cases(pipe: Pipeline) -> dict[str, float]:
    tp = fp = fn = 0
    country_ok: list[bool] = []
    title_ok: list[bool] = []
    states_ok: list[bool] = []
    not_actor_ok: list[bool] = []
    for line in HARD_CASES.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        doc = run(pipe, case["text"], dt.date.fromisoformat(case["dct"]) if case.get("dct") else None)
        gold_people = [a for a in case["actors"] if a["kind"] == "person"]
        pred_people = persons(doc)
        matched = set()
        for p in pred_people:
            keys = {norm_name(p.name)} | {norm_name(x) for x in p.aliases}
            hit = next((g for g in gold_people if norm_name(g["name"]) in keys or
                        norm_name(p.name) in {norm_name(x) for x in [g["name"], *g["aliases"]]}), None)
            if hit is None or hit["name"] in matched:
                fp += 1
                continue
            matched.add(hit["name"])
            tp += 1
            country_ok.append(p.country == hit["country"])
            if hit["titles"]:
                title_ok.append(title_hit(hit["titles"], p.titles))
        fn += len(gold_people) - len(matched)
        for g in case["actors"]:
            if g["kind"] == "country":
                states_ok.append(any(a.country == g["country"] and a.kind == "country" for a in doc.actors))
        for surface in case.get("not_actors", []):
            for m in re.finditer(re.escape(surface), case["text"]):
                # a mention of exactly that surface (inside a longer name is fine: "Kim" in "Kim Yo Jong")
                exact = any(s == m.start() and e == m.end() for a in doc.actors for s, e in a.mentions)
                not_actor_ok.append(not exact)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0

    def mean(xs: list[bool]) -> float:
        return sum(xs) / len(xs) if xs else 1.0
    return {"persons_f1": 2 * p * r / (p + r) if p + r else 0.0, "country": mean(country_ok), "title": mean(title_ok),
            "states": mean(states_ok), "not_actors": mean(not_actor_ok)}


# floors: what the actor stage reached on the hard cases when they were set
HARD_CASE_FLOORS = {"persons_f1": 0.94, "country": 0.92, "title": 0.82, "states": 0.96, "not_actors": 0.91}


@pytest.mark.slow
def test_hard_cases_floor(pipe: Pipeline) -> None:
    got = score_hard_cases(pipe)
    for metric, floor in HARD_CASE_FLOORS.items():
        assert got[metric] >= floor, f"hard cases: {metric} {got[metric]:.3f} fell below {floor}"


@pytest.mark.slow
def test_secretary_of_state_is_a_title_not_an_organization(pipe: Pipeline) -> None:
    doc = run(pipe, "U.S. Secretary of State Marco Rubio spoke with Panama's president on Sunday.", dt.date(2025, 2, 3))
    assert not any(a.kind == "organization" and a.name == "State" for a in doc.actors)
    (rubio,) = persons(doc)
    assert rubio.name == "Marco Rubio" and rubio.country == "USA"
    assert "Secretary of State" in rubio.titles


@pytest.mark.slow
def test_bare_surname_is_an_alias_and_possessive_is_stripped(pipe: Pipeline) -> None:
    text = ("Australian Foreign Minister Penny Wong arrived in Suva on Monday. Wong's visit follows "
            "talks in Canberra last month.")
    doc = run(pipe, text, dt.date(2025, 3, 4))
    (wong,) = persons(doc)
    assert wong.name == "Penny Wong" and "Wong" in wong.aliases
    assert all(not text[s:e].endswith("'s") for s, e in wong.mentions)
    assert len(wong.mentions) == 2


def test_a_hyphenated_short_form_is_the_same_person(pipe: Pipeline) -> None:
    text = ("Egyptian Foreign Minister Badr al-Tayeb arrived in Amman on Sunday. "
            "Al-Tayeb met Jordanian Foreign Minister Ayman Safadi on Monday.")
    doc = run(pipe, text, dt.date(2025, 3, 4))
    (tayeb,) = [p for p in persons(doc) if "Tayeb" in p.name]
    assert len(tayeb.mentions) == 2
    (meeting,) = [e for e in doc.events if e.type == "CONSULT" and e.mode is None]
    assert tayeb.id in meeting.actor + meeting.recipient


@pytest.mark.slow
def test_two_people_sharing_a_surname_stay_apart(pipe: Pipeline) -> None:
    text = ("Former foreign minister Park Jin met Park Jong-han, a deputy foreign minister, in Seoul. "
            "Park Jong-han later briefed reporters.")
    doc = run(pipe, text, dt.date(2025, 3, 4))
    names = sorted(p.name for p in persons(doc))
    assert names == ["Park Jin", "Park Jong-han"]


@pytest.mark.slow
def test_capital_as_government_versus_place(pipe: Pipeline) -> None:
    doc = run(pipe, "Seoul said on Tuesday it would send an envoy to Hanoi.", dt.date(2025, 3, 4))
    kor = [a for a in doc.actors if a.country == "KOR" and a.kind == "country"]
    assert kor and any(doc.text[s:e] == "Seoul" for s, e in kor[0].mentions)
    assert not any(a.country == "VNM" for a in doc.actors if any(doc.text[s:e] == "Hanoi" for s, e in a.mentions))


@pytest.mark.slow
def test_knowledge_base_fills_the_country_and_tells_the_two_chos_apart(pipe: Pipeline) -> None:
    early = run(pipe, "Foreign Minister Cho Tae-yul met the Japanese ambassador on Monday.", dt.date(2025, 1, 6))
    later = run(pipe, "Foreign Minister Cho Hyun met the Japanese ambassador on Monday.", dt.date(2025, 9, 1))
    (a,) = persons(early)
    (b,) = persons(later)
    assert a.country == b.country == "KOR"
    assert a.kb_id and b.kb_id and a.kb_id != b.kb_id


@pytest.mark.slow
def test_title_only_reference_resolves_to_the_one_holder(pipe: Pipeline) -> None:
    text = ("Indonesian Foreign Minister Sugiono met Chinese Foreign Minister Wang Yi in Beijing on Monday. "
            "The Indonesian foreign minister later flew to Tokyo.")
    doc = run(pipe, text, dt.date(2025, 3, 4))
    sugiono = next(p for p in persons(doc) if p.name == "Sugiono")
    start = text.index("The Indonesian foreign minister")
    assert any(s >= start for s, _ in sugiono.mentions)


@pytest.mark.slow
def test_spaced_dashes_and_wire_tokenization_do_not_break_names(pipe: Pipeline) -> None:
    # wire copy with spaced dashes and bracket tokens, as in tokenized news archives
    text = ("The grand imam , Ahmed al-Tayeb - who met the Pope -LRB- in Cairo -RRB- - said on Monday that "
            "Ahmed al-Tayeb - and others - would travel to Rome .")
    doc = run(pipe, text, dt.date(2017, 4, 28))
    assert not doc.errors
    assert all(not p.name.endswith("-") for p in persons(doc))


def test_firms_are_not_persons(pipe: Pipeline) -> None:
    text = ("Tokyo demanded the release of an employee of Kestrel Pharma who was detained in Beijing, "
            "Chief Cabinet Secretary Hirokazu Matsuno said. Orlan Holdings and Vantor Aerospace also "
            "issued statements.")
    doc = run(pipe, text, dt.date(2023, 3, 27))
    names = {p.name for p in persons(doc)}
    assert "Hirokazu Matsuno" in names
    assert not names & {"Kestrel Pharma", "Orlan Holdings", "Vantor Aerospace"}


@pytest.mark.slow
def test_a_list_of_titled_partners_keeps_names_titles_and_state_apart(pipe: Pipeline) -> None:
    text = ("Moscow said the delegation will hold talks in Hanoi with Trong, President To Lam, Prime Minister "
            "of the Government Le Quang Binh and Chairman of the National Assembly Dinh Van Hoa.")
    doc = run(pipe, text, dt.date(2024, 6, 15))
    people = {p.name: p for p in persons(doc)}
    assert "Le Quang Binh" in people and "Dinh Van Hoa" in people
    assert people["Le Quang Binh"].titles[0] == "Prime Minister of the Government"
    assert people["Dinh Van Hoa"].titles[0] == "Chairman of the National Assembly"
    assert people["Le Quang Binh"].country == people["Dinh Van Hoa"].country == "VNM"
    assert "President" not in people["Trong"].titles and people["To Lam"].titles == ["President"]


@pytest.mark.slow
def test_particles_places_and_agency_names_are_not_cut_or_taken_for_persons(pipe: Pipeline) -> None:
    text = ("European Commission President Ursula von der Leyen announced the probe on Monday. A team from the "
            "Japan Disaster Relief service flew to Yangon. Iran rejected the claims about its three islands, "
            "namely Abu Musa, Greater Tunb, and Lesser Tunb, in the Persian Gulf.")
    doc = run(pipe, text, dt.date(2025, 3, 4))
    assert [p.name for p in persons(doc)] == ["Ursula von der Leyen"]


@pytest.mark.slow
def test_titles_keep_the_state_as_written_and_the_bare_office(pipe: Pipeline) -> None:
    text = ("South Korean President Lee Jae Myung spoke on Monday about Kim Jong Un, the leader of Seoul's "
            "arch rival North Korea. Qatari Intelligence Chief Ali bin Hamad Al Thani hosted the talks.")
    doc = run(pipe, text, dt.date(2025, 9, 1))
    people = {p.name: p for p in persons(doc)}
    assert set(people) == {"Lee Jae Myung", "Kim Jong Un", "Ali bin Hamad Al Thani"}
    assert people["Lee Jae Myung"].titles == ["President", "South Korean President"]
    assert people["Kim Jong Un"].country == "PRK" and "leader" in people["Kim Jong Un"].titles
    assert people["Ali bin Hamad Al Thani"].country == "QAT"
    assert "Intelligence Chief" in people["Ali bin Hamad Al Thani"].titles


@pytest.mark.slow
def test_state_after_the_name_or_as_a_possessive_gives_the_country(pipe: Pipeline) -> None:
    text = ("The meeting was chaired by Olusegun Adebayo of Nigeria. Speaking after the vote, Burundi's "
            "Pierre Ndikumana said the council had acted.")
    doc = run(pipe, text, dt.date(2025, 3, 4))
    people = {p.name: p.country for p in persons(doc)}
    assert people == {"Olusegun Adebayo": "NGA", "Pierre Ndikumana": "BDI"}


def test_a_regional_bureau_dateline_does_not_claim_a_neighbours_officials(pipe: Pipeline) -> None:
    text = ("NAIROBI: The regional bloc condemned the military takeover in the Republic of Peru which "
            "ousted President Tomas Verrano on Wednesday. The coup in Peru followed disputed elections.")
    verrano = next(a for a in persons(run(pipe, text, dt.date(2025, 3, 6))) if a.name == "Tomas Verrano")
    assert verrano.country == "PER"
    # a wire story from the home capital keeps its unmarked officials at home
    text = ("SEOUL, March 3 (Wire) -- Vice Foreign Minister Park Min-seo met US envoy John Harlan in "
            "Washington on Monday. The US official praised the alliance.")
    park = next(a for a in persons(run(pipe, text, dt.date(2025, 3, 3))) if a.name == "Park Min-seo")
    assert park.country == "KOR"


def test_an_ambassadors_host_state_is_not_the_ambassadors_own(pipe: Pipeline) -> None:
    text = ("BEIJING (Wire) -- Vice Foreign Minister Sun Lei summoned Ambassador Kenji Mori on Thursday. "
            "Ambassador to Japan Wu Hao was also recalled for consultations, the ministry said.")
    people = {a.name: a for a in persons(run(pipe, text, dt.date(2025, 3, 7)))}
    assert people["Sun Lei"].country == "CHN"
    # the guest summoned at home is nobody's by default; the home state's envoy to Japan is its own
    assert people["Kenji Mori"].country is None
    assert people["Wu Hao"].country == "CHN"


def test_an_acting_title_keeps_its_state(pipe: Pipeline) -> None:
    text = "The ministry summoned Canada's acting high commissioner, Robert Haines, and told him to leave."
    haines = next(a for a in persons(run(pipe, text, dt.date(2025, 3, 7))) if a.name == "Robert Haines")
    assert haines.country == "CAN" and any("acting" in t for t in haines.titles)


def test_a_dateline_after_a_wire_tag_is_no_party(pipe: Pipeline) -> None:
    text = ("(Metro News Agency) BAKU, Azerbaijan, March 3. The Iranian foreign ministry has summoned "
            "the Russian charge d'affaires in Tehran, Metro reports.")
    doc = run(pipe, text, dt.date(2025, 3, 3))
    assert "AZE" not in {a.country for a in doc.actors if a.kind == "country"}
    assert {"IRN", "RUS"} <= {a.country for a in doc.actors if a.kind == "country"}

def test_second_mentions_by_family_name_first_and_by_given_name_of_a_patronymic(pipe: Pipeline) -> None:
    text = ("Taiwan's vice president, Hsiao Bi-khim, met Qatari Minister of State Prince Khalid bin Nasser in "
            "Doha on Monday. Hsiao thanked Prince Khalid for his hospitality.")
    people = {a.name: a for a in persons(run(pipe, text, dt.date(2025, 3, 3)))}
    assert set(people) == {"Hsiao Bi-khim", "Khalid bin Nasser"}
    assert "Hsiao" in people["Hsiao Bi-khim"].aliases and "Khalid" in people["Khalid bin Nasser"].aliases


def test_a_name_after_a_lower_case_title_is_a_person(pipe: Pipeline) -> None:
    text = "EU energy commissioner Kadri Simson met Norway's oil minister in Oslo on Tuesday."
    people = [a.name for a in persons(run(pipe, text, dt.date(2025, 3, 5)))]
    assert "Kadri Simson" in people


def test_organisations_keep_the_short_forms_the_article_uses_and_de_facto_states_are_actors(pipe: Pipeline) -> None:
    text = ("Finance ministers of the Group of 20 met in Cape Town on Monday. The M23 rebels rejected the "
            "plan, and the breakaway region of Somaliland opened an office in Taipei.")
    by_name = {a.name: a for a in run(pipe, text, dt.date(2025, 3, 4)).actors}
    assert "Group of" not in by_name and "Group of 20" in by_name["Group of Twenty"].aliases
    assert "M23" in by_name["March 23 Movement"].aliases
    assert by_name["Somaliland"].kind == "group" and by_name["Somaliland"].country == "SOM"
    # where it is only the place of something, it is no actor
    doc = run(pipe, "Fighting broke out in Transnistria on Monday.", dt.date(2025, 3, 4))
    assert not any(a.name == "Transnistria" for a in doc.actors)

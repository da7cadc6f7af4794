"""Ingest: corpus text files, JSONL, HTML, site furniture, and every ingest failure."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.errors import IngestError
from communique.ingest import IngestFailure, read_paths
from communique.ingest.furniture import find_furniture, merge_spans
from communique.ingest.text import parse_text
from communique.records import Article


def read_one(path: Path) -> Article | IngestFailure:
    items = list(read_paths([path]))
    assert len(items) == 1
    return items[0]


def article(path: Path) -> Article:
    item = read_one(path)
    assert isinstance(item, Article), item
    return item


def failure(path: Path) -> IngestFailure:
    item = read_one(path)
    assert isinstance(item, IngestFailure), item
    return item


def furniture_text(a: Article) -> list[str]:
    return [a.text[s:e] for s, e in a.furniture]


# -- the seed articles ----------------------------------------------------------------------

def test_seeds_are_read_in_order_with_header_dates(seeds_dir: Path) -> None:
    items = list(read_paths([seeds_dir]))
    assert all(isinstance(a, Article) for a in items)
    arts = [a for a in items if isinstance(a, Article)]
    assert [a.doc_id for a in arts] == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    first = arts[0]
    assert first.published.value == dt.date(2026, 3, 12) and first.published.basis == "header"
    assert first.text.startswith("A senior US State Department official")
    assert first.title is None
    undated = [a for a in arts if a.published.value is None]
    assert undated and all(a.published.basis == "none" for a in undated)
    assert all(len(a.content_hash) == 64 for a in arts)


def test_seed_headlines_become_titles_and_furniture(seeds_dir: Path) -> None:
    arts = {a.doc_id[:3]: a for a in read_paths([seeds_dir]) if isinstance(a, Article)}
    assert arts["001"].title is not None and arts["001"].title.startswith("South Korea and US in Talks")
    assert arts["002"].title == arts["002"].text.split("\n")[0]
    for key in ("001", "002", "003"):
        a = arts[key]
        assert a.text.startswith(a.title or "!")  # the headline stays in text ...
        assert a.furniture[0] == (0, len(a.title or ""))  # ... and is furniture
    assert arts["000"].title is None and arts["004"].title is None


def test_seed_furniture(seeds_dir: Path) -> None:
    arts = {a.doc_id[:3]: a for a in read_paths([seeds_dir]) if isinstance(a, Article)}
    f001 = furniture_text(arts["001"])
    assert "Diplomatic Plans Amid Growing Speculation" in f001
    assert "Also Read: Australia Residents Warned of Ongoing Flood Threat" in f001
    assert "Focus on Strengthening the Alliance" in furniture_text(arts["002"])
    assert furniture_text(arts["003"])[-1] == "Leave a comment"
    assert furniture_text(arts["004"]) == ["(Yonhap)"]
    assert furniture_text(arts["000"]) == []


def _gold_quotes(shared: Path) -> dict[str, list[str]]:
    quotes: dict[str, list[str]] = {}
    for name in ("seeds.gold.jsonl", "dev.gold.jsonl"):
        gold = shared / "corpus" / name
        if gold.is_file():
            for line in gold.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                quotes[rec["doc_id"]] = [e["quote"] for e in rec.get("events", [])]
    return quotes


def test_gold_quotes_never_fall_in_furniture(shared_dir: Path) -> None:
    quotes = _gold_quotes(shared_dir)
    folders = [shared_dir / "corpus" / "seeds", shared_dir / "corpus" / "dev" / "articles"]
    checked = 0
    for a in read_paths([f for f in folders if f.is_dir()]):
        assert isinstance(a, Article), a
        for quote in quotes.get(a.doc_id, []):
            start = a.text.find(quote)
            if start < 0:  # gold quotes with "..." elisions
                continue
            checked += 1
            overlaps = [a.text[s:e] for s, e in a.furniture if s < start + len(quote) and start < e]
            assert not overlaps, (a.doc_id, quote, overlaps)
    assert checked > 50


# -- the text format ------------------------------------------------------------------------

@pytest.mark.parametrize("raw, text, day", [
    (" date 2025-01-06 Cho met Blinken.", "Cho met Blinken.", dt.date(2025, 1, 6)),
    ("date 2025-01-06 Cho met Blinken.", "Cho met Blinken.", dt.date(2025, 1, 6)),
    (" date 2025-01-06\nCho met Blinken.", "Cho met Blinken.", dt.date(2025, 1, 6)),
    ("Cho met Blinken.", "Cho met Blinken.", None),
    ("date palms grow in Basra.", "date palms grow in Basra.", None),
])
def test_date_header(raw: str, text: str, day: dt.date | None) -> None:
    a = parse_text(raw, doc_id="x", source="x.txt")
    assert a.text == text
    assert a.published.value == day
    assert a.published.basis == ("header" if day else "none")


def test_windows_newlines_and_bom_are_normalized(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeff date 2025-01-06 Headline Here\r\nCho met Blinken in Seoul.\r\n".encode())
    a = article(path)
    assert a.text == "Headline Here\nCho met Blinken in Seoul."
    assert a.title == "Headline Here" and a.published.value == dt.date(2025, 1, 6)


def test_content_hash_ignores_spacing_and_doc_id_is_the_stem(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Cho met  Blinken.\n\nThey talked.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Cho met Blinken.\nThey talked.  ", encoding="utf-8")
    one, two = article(tmp_path / "one.txt"), article(tmp_path / "two.txt")
    assert one.content_hash == two.content_hash
    assert (one.doc_id, two.doc_id) == ("one", "two")
    assert one.source == str(tmp_path / "one.txt")


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Z text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A text.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("C text.", encoding="utf-8")
    (tmp_path / "README.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    ids = [a.doc_id for a in read_paths([tmp_path]) if isinstance(a, Article)]
    assert ids == ["a", "z", "c"]
    assert all(isinstance(a, Article) for a in read_paths([tmp_path]))


# -- failures -------------------------------------------------------------------------------

@pytest.mark.parametrize("name, data, code", [
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "E102"),
    ("latin1.txt", "Caf\u00e9 talks in Montr\u00e9al.".encode("latin-1"), "E103"),
    ("empty.txt", b"", "E104"),
    ("blank.txt", b"  \n\n \t", "E104"),
    ("header_only.txt", b" date 2025-01-06 ", "E104"),
    ("bad_date.txt", b" date 2025-13-45 Cho met Blinken.", "E109"),
    ("notes.docx", b"PK\x03\x04", "E107"),
    ("page.html", b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>", "E108"),
])
def test_unreadable_files_fail_with_their_code(tmp_path: Path, name: str, data: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    f = failure(path)
    assert f.code == code
    assert f.source == str(path)
    assert f.message.startswith(f"[{code}]") and name in f.message


def test_missing_path_is_e101_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Cho met Blinken.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00")
    items = list(read_paths([tmp_path / "nope", bad, good]))
    assert [type(i).__name__ for i in items] == ["IngestFailure", "IngestFailure", "Article"]
    assert isinstance(items[0], IngestFailure) and items[0].code == "E101"


# -- JSONL ----------------------------------------------------------------------------------

def test_jsonl_records_and_their_failures(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "text": "Cho met Blinken.", "title": "Talks", "url": "https://x.test/1",
                    "published": "2025-01-06T09:00:00Z"}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "r4", "title": "no text"}),
        json.dumps({"id": "r5", "text": "Bad date.", "published": "06/01/2025"}),
        json.dumps({"url": "https://x.test/6", "text": "From a URL."}),
        json.dumps({"text": "Only text."}),
        json.dumps({"id": "r8", "text": "   "}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_paths([path]))
    arts = [i for i in items if isinstance(i, Article)]
    fails = [i for i in items if isinstance(i, IngestFailure)]
    assert [a.doc_id for a in arts][0] == "r1"
    r1 = arts[0]
    assert (r1.title, r1.url, r1.published.value, r1.published.basis) == \
        ("Talks", "https://x.test/1", dt.date(2025, 1, 6), "metadata")
    assert r1.source == f"{path}:1"
    import hashlib
    assert arts[1].doc_id == hashlib.sha256(b"https://x.test/6").hexdigest()[:16]
    assert arts[2].doc_id == hashlib.sha256(b"Only text.").hexdigest()[:16]
    assert [(f.code, f.source) for f in fails] == [
        ("E105", f"{path}:3"), ("E105", f"{path}:4"), ("E106", f"{path}:5"), ("E109", f"{path}:6"),
        ("E104", f"{path}:9")]


# -- HTML -----------------------------------------------------------------------------------

PAGE = """<html><head><title>Allies meet | News</title>
<meta property="article:published_time" content="2025-01-06T08:00:00+09:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Allies meet in Seoul</h1>
<p>Foreign Minister Cho Tae-yul and U.S. Secretary of State Antony Blinken met in Seoul on Monday for talks
on their countries' bilateral alliance, efforts to deter North Korean threats and other key issues.</p>
<p>The talks came as South Korea seeks to ensure its alliance with the United States remains strong
despite political uncertainties at home, officials said on Monday afternoon.</p>
</article><footer>Copyright 2025</footer></body></html>"""


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "allies.html"
    path.write_text(PAGE, encoding="utf-8")
    a = article(path)
    assert a.doc_id == "allies"
    assert "Cho Tae-yul and U.S. Secretary of State Antony Blinken met in Seoul" in a.text
    assert "Home" not in a.text and "Copyright" not in a.text
    assert a.published.value == dt.date(2025, 1, 6) and a.published.basis == "metadata"
    assert a.title and "Allies meet" in a.title


# -- furniture ------------------------------------------------------------------------------

PARAGRAPH = "The two ministers discussed the alliance, North Korea and trade over a long working lunch."


@pytest.mark.parametrize("line", [
    "Also Read: Australia Residents Warned of Ongoing Flood Threat",
    "READ MORE: Seoul and Tokyo agree on visas",
    "Related: Blinken to visit Japan",
    "Leave a comment",
    "Share this article",
    "By Jane Doe",
    "By Jane Doe and John Roe, Reuters",
    "Reporting by Hyonhee Shin; Editing by Ed Davies",
    "(Writing by Tom Perry; Editing by Rod Nickel)",
    "Focus on Strengthening the Alliance",
])
def test_furniture_lines(line: str) -> None:
    text = f"{PARAGRAPH}\n{line}\n{PARAGRAPH}"
    assert [text[s:e] for s, e in find_furniture(text)] == [line]


@pytest.mark.parametrize("tail", ["(Yonhap)", "(AFP)", "(end)", "(Reporting by Jane Doe; Editing by John Roe)"])
def test_wire_tags_closing_a_paragraph(tail: str) -> None:
    text = f"{PARAGRAPH} {tail}\n{PARAGRAPH}"
    assert [text[s:e] for s, e in find_furniture(text)] == [tail]


@pytest.mark.parametrize("line", [
    "SEOUL, Jan. 6 (Yonhap) -- Foreign Minister Cho Tae-yul met Antony Blinken on Monday.",
    "WASHINGTON (Reuters) - The talks ended.",
    "By Monday the talks had ended.",
    "The talks ended.",
    "– Washington’s tariff agenda remains a key lever",
    "Seoul: South Korea is in talks with the United States.",
])
def test_story_lines_are_not_furniture(line: str) -> None:
    text = f"{line}\n{PARAGRAPH}"
    assert find_furniture(text) == ()


def test_a_heading_needs_a_paragraph_after_it() -> None:
    assert find_furniture(f"{PARAGRAPH}\nThe End") == ()
    assert find_furniture(f"{PARAGRAPH}\n\nWhat to watch next\n\n{PARAGRAPH}") != ()


def test_merge_spans() -> None:
    assert merge_spans([(5, 9), (0, 3), (2, 4), (9, 12)]) == ((0, 4), (5, 12))


# -- properties -----------------------------------------------------------------------------

lines = st.lists(st.sampled_from([PARAGRAPH, "Also Read: Teaser", "Short Heading", "", "(Yonhap)", "By Jane Doe",
                                  " date 2025-01-06 Cho met Blinken."]) | st.text(max_size=40), max_size=8)


@given(lines)
def test_furniture_spans_are_ordered_lines_of_the_text(parts: list[str]) -> None:
    text = "\n".join(parts)
    spans = find_furniture(text)
    assert list(spans) == sorted(spans)
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert "\n" not in text[start:end] and text[start:end] == text[start:end].strip()


@given(lines)
def test_text_articles_keep_offsets_inside_the_text(parts: list[str]) -> None:
    try:
        a = parse_text("\n".join(parts), doc_id="x", source="x.txt")
    except IngestError as exc:
        assert exc.code in ("E104", "E109")
        return
    assert a.text and a.text == a.text.strip()
    assert all(0 <= s < e <= len(a.text) for s, e in a.furniture)
    assert list(a.furniture) == list(merge_spans(a.furniture))

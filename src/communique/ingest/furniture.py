"""Site furniture: the parts of a page that are not the story.

``find_furniture(text)`` returns the character spans of lines (or line tails) that a reader
skips: "Also Read: ..." teasers, "Leave a comment" and share prompts, bylines and credit lines,
section headings, and wire tags such as "(Yonhap)" or "(end)" closing a paragraph. Nothing is
extracted from these spans. Datelines ("SEOUL, June 9 (Yonhap) --") are story, not furniture.

It is a pure function of the text; every rule looks at one line and at most its neighbour.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from communique.records import Span

_TEASER = re.compile(
    r"(?:also\s+read|read\s+also|read\s+more|more\s+from\s+\w+|see\s+also|related(?:\s+(?:articles?|stories|news|content))?"
    r"|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|don'?t\s+miss|must\s+read|trending)\s*[:|>»–—-]",
    re.IGNORECASE,
)
_PROMPT = re.compile(
    r"(?:leave\s+a\s+(?:comment|reply)|(?:\d+\s+)?comments?|share(?:\s+this)?(?:\s+(?:article|story|post|page))?"
    r"(?:\s+on\s+\w+)?|advertisement|read\s+more|click\s+here\b.*|follow\s+us\s+on\b.*"
    r"|sign\s+up\s+for\s+our\s+newsletter.*|subscribe\s+to\s+our\s+newsletter.*|print|email)\s*[.!:]?",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(
    r"\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|edited|produced)\s+by\b", re.IGNORECASE
)
# Wire tags and credit parentheses that close a paragraph: "... officials said. (Yonhap)"
_WIRE = r"Yonhap|AFP|AP|Reuters|dpa|DPA|Xinhua|Kyodo|Bernama|PTI|IANS|ANI|UNI|WAM|SPA|KUNA|Anadolu|TASS|end|END|End"
_TAIL = re.compile(
    r"(\((?:" + _WIRE + r")\)|\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|edited)\s+by\b[^()]*\))\s*$",
    re.IGNORECASE,
)
_BYLINE_PARTICLES = frozenset({"and", "&", "de", "da", "van", "von", "al", "bin", "el", "in", "|"})
_NOT_HEADING_END = tuple(".!?:;,\"”’'…)-–—/")
_BULLETS = tuple("-–—•*·>")
_MAX_HEADING_WORDS = 10
_MIN_PARAGRAPH_WORDS = 12


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for every line, newline excluded."""
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _words(line: str) -> list[str]:
    return [w for w in line.split() if any(c.isalnum() for c in w)]


def is_byline(line: str) -> bool:
    """"By Jane Doe", "By Jane Doe and John Roe, Reuters": short, every name word capitalized."""
    if not line.startswith("By ") or line.endswith((".", "!", "?")):
        return False
    words = line[3:].replace(",", " ").split()
    return 0 < len(words) <= 8 and all(w[0].isupper() or w.lower() in _BYLINE_PARTICLES for w in words)


def is_heading_shape(line: str, max_words: int = _MAX_HEADING_WORDS) -> bool:
    """A short line that starts like a title and does not end like a sentence."""
    words = _words(line)
    return (0 < len(words) <= max_words and (line[0].isupper() or line[0].isdigit())
            and not line.startswith(_BULLETS) and not line.endswith(_NOT_HEADING_END))


def _is_paragraph(line: str) -> bool:
    return len(_words(line)) >= _MIN_PARAGRAPH_WORDS or line.rstrip().endswith((".", "!", "?", "\"", "”", "’", ")"))


def _next_content(lines: list[tuple[int, str]], i: int) -> str | None:
    for _, line in lines[i + 1:]:
        if line.strip():
            return line.strip()
    return None


def _whole_line(line: str) -> bool:
    return bool(_TEASER.match(line) or _PROMPT.fullmatch(line) or _CREDIT_LINE.match(line) or is_byline(line))


def find_furniture(text: str) -> tuple[Span, ...]:
    """Spans of ``text`` that are site furniture, in text order (see the module docstring)."""
    spans: list[Span] = []
    lines = list(_lines(text))
    for i, (offset, raw) in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        start = offset + len(raw) - len(raw.lstrip())
        end = offset + len(raw.rstrip())
        if _whole_line(line):
            spans.append((start, end))
            continue
        nxt = _next_content(lines, i)
        if is_heading_shape(line) and nxt is not None and _is_paragraph(nxt):
            spans.append((start, end))
            continue
        tails: list[Span] = []
        body = raw.rstrip()
        while (m := _TAIL.search(body)) is not None:
            tails.append((offset + m.start(1), offset + m.end(1)))
            body = body[:m.start(1)].rstrip()
        spans.extend(reversed(tails))
    return tuple(spans)


def merge_spans(spans: list[Span] | tuple[Span, ...]) -> tuple[Span, ...]:
    """Sorted, with overlapping or touching spans joined."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)

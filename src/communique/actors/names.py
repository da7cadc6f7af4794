"""Person-name normalization: keys that make "Lee Jae-myung" and "Lee Jae Myung" one name."""

from __future__ import annotations

import re

# Family-name-first naming (Korean, Chinese, Vietnamese...). A multi-part name starting with
# one of these is indexed by its first part ("Cho Tae-yul" -> "Cho").
EAST_ASIAN_FAMILY_NAMES = frozenset("""
kim lee yi park pak choi choe jeong jung chung cho jo kang yoon yun jang chang lim im han oh
shin seo kwon hwang ahn an song yoo yu hong jeon chun ko go moon mun yang son bae baek heo
nam noh roh ha ju joo woo ryu won ban
xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang
song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang
cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong
jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan qian tang
lai tsai hsiao chiang hsieh hsu kuo chou leung cheung tsang
""".split())
# Vietnamese names put the family name first too, but news uses the last part alone
# ("Nguyen Phu Trong" -> "Trong", "To Lam" -> "Lam").
VIETNAMESE_FAMILY_NAMES = frozenset("nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly to".split())
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

_HONORIFICS = frozenset("mr mrs ms miss dr sir dame prof lord lady madam sheikh".split())


def norm_name(name: str) -> str:
    """Case-, hyphen- and punctuation-insensitive key ("Kim Jong-un" -> "kim jong un")."""
    s = name.lower().replace("\u2019", "'").replace("-", " ")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def name_parts(name: str) -> list[str]:
    return [p for p in norm_name(name).split() if p not in _HONORIFICS and p not in SUFFIXES]


# Arabic patronymic particles: "Faisal bin Farhan" is "Prince Faisal" on second mention.
PATRONYMIC_PARTICLES = frozenset("bin ibn bint".split())


def family_name(name: str) -> str | None:
    """The part of a full name the article would use alone ("DeSombre", "Cho")."""
    raw = [p for p in re.split(r"[\s,]+", name.strip()) if p.lower().strip(".") not in _HONORIFICS
           and p.lower() not in SUFFIXES and p.lower().strip(".") not in SUFFIXES]
    if len(raw) < 2:
        return None
    first = raw[0]
    if first.lower() in VIETNAMESE_FAMILY_NAMES and len(raw) <= 3:
        return raw[-1]
    rest_hyphenated = any("-" in p for p in raw[1:])
    if first.lower() in EAST_ASIAN_FAMILY_NAMES and (rest_hyphenated or len(raw) == 3 or len(raw) == 2):
        # "Cho Tae-yul", "Lee Jae Myung", "Wang Yi"; but "Lee Anderson" is ambiguous, and we
        # accept that a Western "Lee X" gets "Lee" as its short form too: both are used.
        return first
    return raw[-1]


def initials(name: str) -> str | None:
    """"AMLO" for "Andres Manuel Lopez Obrador", "MBS" for "Mohammed bin Salman"."""
    parts = [p for p in re.split(r"[\s-]+", name.strip()) if p]
    if len(parts) < 3:
        return None
    return "".join(p[0] for p in parts).upper()


def same_person(a: str, b: str) -> bool:
    """Whether two full-name forms name the same person within one article.

    Equal keys, one a prefix of the other with at least two parts ("Yoon Suk" / "Yoon Suk Yeol"),
    or the same first and last part with extra middle names ("Michael DeSombre" /
    "Michael George DeSombre").
    """
    pa, pb = name_parts(a), name_parts(b)
    if not pa or not pb:
        return False
    if pa == pb:
        return True
    short, long_ = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    if len(short) >= 2 and long_[: len(short)] == short:
        return True
    if len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1]:
        return True
    # "Lee Jae-myung" vs "Lee Jaemyung": compare with spaces removed
    return "".join(pa) == "".join(pb)

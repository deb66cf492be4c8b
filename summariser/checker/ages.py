"""Ages: which number is someone's age, and whose.

A story gives a person one age ("Senator Maria Lopez, 58,", "a 74-year-old", "Clinton, aged
74"). A claim that gives a named person another age than the article gives that person -
"Bill Clinton is 58" where the article has "Bill Clinton, 74," - contradicts it, even when 58
is the age of someone else in the article (which the presence test accepts). A claim's age for
someone the article gives no age is left to the number tests: the article often gives the age
to another form of the name ("Mr Hardy, 89," for "Robert Hardy").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..report import FlagCode
from .features import Tok, name_spans
from .flags import P_CONTRADICTION, PLACEHOLDER, ClaimView, Finding, span_text
from .prepare import PreparedArticle
from .quantities import NumberMention, same_number

AGE_WORDS = (("year", "old"), ("years", "old"))  # after an age: "22 years old", "22-year-old"
MAX_BEFORE = 3  # words between "74-year-old" and the name it describes ("former President")


def is_age(toks: Sequence[Tok], i: int, j: int, text: str) -> bool:
    """Whether the number toks[i:j] gives someone's age: "a 22-year-old", "aged 22", "at the
    age of 22", or in commas after a name ("Copeland, 31,"; the name's capital is not asked,
    as summaries may be in lower case, and a placeholder "UNK" stands for a name)."""
    if tuple(t.norm for t in toks[j : j + 2]) in AGE_WORDS:
        return True
    before = [t.norm for t in toks[max(0, i - 2) : i]]
    if before[-1:] == ["aged"] or before == ["age", "of"]:
        return True
    if i == 0:
        return False
    word = toks[i - 1]
    if not ((word.content and word.norm.isalpha()) or word.norm == PLACEHOLDER):
        return False
    gap = text[word.end : toks[i].start]
    after = text[toks[j - 1].end : toks[j].start] if j < len(toks) else ","
    return "," in gap and "," in after


class NamedAge(NamedTuple):
    words: frozenset[str]  # the name's content stems (a title's words too)
    value: float
    sid: int


def _whose(toks: Sequence[Tok], i: int, j: int, text: str, spans: list[tuple[int, int]]) -> int:
    """The index in ``spans`` of the name the age toks[i:j] is of, or -1: the name right before
    it ("Lopez, 58," / "Lopez, aged 58" / "Lopez is 58") or after "58-year-old"."""
    if tuple(t.norm for t in toks[j : j + 2]) in AGE_WORDS:
        after = j + 2
        return next((n for n, (a, _) in enumerate(spans) if after <= a <= after + MAX_BEFORE), -1)
    end = i - 1 if i > 0 and toks[i - 1].norm in _LINKS else i
    if end == i and not is_age(toks, i, j, text):
        return -1
    return next((n for n, (_, b) in enumerate(spans) if b == end), -1)


_LINKS = frozenset({"aged", "is"})  # between a name and its age: "Lopez, aged 58", "Lopez is 58"


def _named_ages(art: PreparedArticle, _key: str) -> list[NamedAge]:
    """Every age the article gives a name."""
    out: list[NamedAge] = []
    for sid, sent in enumerate(art.sentences):
        if not sent.numbers:
            continue
        toks = sent.toks
        spans = name_spans(list(toks), frozenset({toks[0].start}))
        for m in sent.number_mentions:
            if m.kind != "num" or not spans:
                continue
            n = _whose(toks, m.i, m.j, art.text, spans)
            if n >= 0 and (toks[m.i - 1].norm != "is" or _ends_clause(toks, m.j, art.text)):
                a, b = spans[n]
                words = frozenset(t.stem for t in toks[a:b] if t.content)
                out.append(NamedAge(words, m.value, sid))
    return out


def _ends_clause(toks: Sequence[Tok], j: int, text: str) -> bool:
    """Whether the number before token ``j`` ends its clause ("is 58." / "is 58, and"): "is 58
    pages long" is no age."""
    return (
        j >= len(toks)
        or any(c in text[toks[j - 1].end : toks[j].start] for c in ",.;")
        or (toks[j].norm in {"and", "but"})
    )


def age_finding(view: ClaimView, art: PreparedArticle, num: NumberMention) -> Finding | None:
    """A contradiction when ``num`` is the age of a name of the claim that the article gives
    another age (and never this one)."""
    toks = view.toks
    spans = [*view.names]
    if view.opening and toks and toks[0].cap:
        spans.insert(0, (0, 1))
    if not spans or num.kind != "num":
        return None
    n = _whose(toks, num.i, num.j, view.text, spans)
    if n < 0 or (toks[num.i - 1].norm == "is" and not _ends_clause(toks, num.j, view.text)):
        return None
    a, b = spans[n]
    mine = frozenset(t.stem for t in toks[a:b] if t.content)
    given = [g for g in art.derived(_AGES, _named_ages) if mine and mine <= g.words]
    if not given or any(same_number(num.value, g.value) for g in given):
        return None
    start, end, text = span_text(view, num.i, num.j)
    name = view.text[toks[a].start : toks[b - 1].end]
    sent = art.sentences[given[0].sid]
    msg = (
        f"The claim gives {name!r} the age {text!r}; the article gives {given[0].value:g}: "
        f"{art.text[sent.start : sent.end]!r}"
    )
    return Finding(FlagCode.NUMBER_SWAPPED, msg[:400], start, end, P_CONTRADICTION, True)


_AGES = "ages of names"

"""Where a slot begins and ends in the claim and its evidence: the name words a copied stretch
leads to or follows, past an aside or a relative pronoun, and where a clause ends.

The binding tests (binding.py) align a claim with its evidence; where a replaced stretch runs to
either sentence's start or end, these say which of its words fill the slot the copied words
anchor ("from the UK", "X, a special forces commander, played").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text.english import english_words
from .descriptions import MAX_TITLE
from .features import NUM, Tok
from .lexicon import (
    ARTICLES,
    CALENDAR,
    CLAUSE_OPENERS,
    PREPOSITIONS,
    TIME_NOUNS,
    TIME_OPENERS,
    WHERE_FROM,
)
from .moved_values import opens_predicate
from .prepare import PreparedArticle
from .values import TITLES, value_of

_TIME = TIME_OPENERS | TIME_NOUNS
MAX_ASIDE = 8  # tokens of an aside between a subject and its verb
RELATIVES = frozenset({"who", "which", "that", "whose"})  # ("X, whose novel": X's novel)
MAX_ADJUNCT = 6  # tokens of a prepositional phrase the claim may leave out
MAX_MODIFIERS = 3  # an article and the words describing the noun after it


def gap(ev: Sequence[Tok], k: int, text: str) -> str:
    """The text between token k - 1 and token k."""
    return text[ev[k - 1].end : ev[k].start] if 0 < k < len(ev) else ""


def past_aside(toks: Sequence[Tok], j: int, text: str, *, reach: int = MAX_ASIDE) -> int:
    """The token after an aside enclosed by commas that opens at ``j`` ("Claire Grady[, a State
    Department spokesperson,] thanked"), within ``reach`` tokens; ``j`` itself when none does."""
    if not 0 < j < len(toks) or "," not in text[toks[j - 1].end : toks[j].start]:
        return j
    for k in range(j + 1, min(len(toks), j + 1 + reach)):
        if "," in text[toks[k - 1].end : toks[k].start]:
            return k
    return j


def slot_before(ev: tuple[Tok, ...], j: int, text: str) -> tuple[int, int]:
    """The subject of the words at ``j``: back over a comma-enclosed aside ("X, a special forces
    commander, played") or a relative pronoun ("X, who led", "X, whose novel"), then the name
    (or title) words before it. An empty range when nothing of the kind stands there."""
    k = j
    if "," in gap(ev, k, text):
        back = k - 1
        while back > max(0, k - MAX_ASIDE) and "," not in gap(ev, back, text):
            back -= 1
        if back > 0 and "," in gap(ev, back, text):
            k = back
    if k > 0 and ev[k - 1].norm in RELATIVES:
        k -= 1
    start = k
    while start > 0 and (ev[start - 1].cap or ev[start - 1].norm in TITLES):
        if start < k and gap(ev, start, text).strip():
            break  # a name ends at punctuation ("in Russia, Putin pledged")
        start -= 1
    # After "<title> of" the office's words come first, words of English ("Secretary of State
    # Antony Blinken", "Minister of Foreign Affairs Sergei Lavrov"); two words are left for the
    # name, which may be words of English too ("Mike Pompeo").
    if start > 1 and ev[start - 1].norm == "of" and ev[start - 2].norm.rstrip(".") in TITLES:
        words = english_words()
        while k - start > 2 and ev[start].norm in words:
            start += 1
    # A person's name before "of" heads the slot: "Rachel Obi of Kestrel Research said" (two
    # words at least, which "Bank of England" is not, and no title: "Secretary of State X").
    head = start - 1
    while head > 0 and ev[head - 1].cap and ev[head - 1].content:
        head -= 1
    if (
        start - head >= 3
        and ev[start - 1].norm in WHERE_FROM
        and not gap(ev, start - 1, text).strip()
        and not any(t.norm.rstrip(".") in TITLES for t in ev[head : start - 1])
    ):
        return head, start - 1
    return start, k


def past_title(ev: Sequence[Tok], j: int, text: str) -> int:
    """Past a description written without an article right before a name ("former coach",
    "architect", "local firm"): the name's first word, or ``j`` when none opens there."""
    end = j
    while end < min(len(ev), j + MAX_TITLE) and not ev[end].cap and ev[end].content:
        if end > j and gap(ev, end, text).strip():
            return j
        end += 1
    if end == j or end >= len(ev) or not ev[end].cap or gap(ev, end, text).strip():
        return j
    return end


def slot_after(ev: tuple[Tok, ...], j: int, text: str) -> int:
    """The end of the name words right after ``j`` (the object the copied words lead to)."""
    end = j + (j < len(ev) and ev[j].norm == "the")  # ("from the UK")
    end = past_title(ev, end, text)  # ("under former coach Bruno Lage")
    first = end
    while end < len(ev) and (ev[end].cap or ev[end].norm in TITLES):
        if end > first and gap(ev, end, text).strip():
            break
        end += 1
    return end


def claims_slot(
    toks: Sequence[Tok], i1: int, i2: int, ev: tuple[Tok, ...], j2: int, text: str
) -> int:
    """Where the claim's replaced words [i1, i2) end as a slot: when both sentences end there
    and the claim goes on past a name with a clause of its own ("told reporters in Warsaw that
    ...", where the evidence ends "told reporters in Gdansk."), at the end of that name."""
    if i2 != len(toks) or j2 != len(ev) or i2 - i1 < 2:
        return i2
    cut = slot_after(tuple(toks), i1, text)
    opens = cut < i2 and (toks[cut].norm in CLAUSE_OPENERS or "," in gap(tuple(toks), cut, text))
    # (not a list of names: "Alan Pardew, Ruud Gullit and Bobby Robson")
    listed = cut < i2 and (toks[cut].cap or (cut + 1 < i2 and toks[cut + 1].cap))
    return cut if i1 < cut and opens and not listed else i2


def after_last(ev: tuple[Tok, ...], j1: int, j2: int, anchor: str) -> int:
    """Where the slot after the copied word ``anchor`` starts in the evidence stretch [j1, j2):
    after its last repetition there. The matcher pairs the claim's "a" with the evidence's first
    "a" ("is a co-founder of Centerview Partners, a Wall Street firm"), while the slot is after
    the "a" next to it."""
    for p in range(j2 - 1, j1 - 1, -1):
        if ev[p].norm == anchor:
            return p + 1
    return j1


def clause_ends(ev: tuple[Tok, ...], j: int, text: str) -> bool:
    """Whether a clause of the evidence ends before token ``j``: at its end, a comma or
    semicolon, or a word that opens another clause ("and", "while")."""
    if j >= len(ev):
        return True
    return ev[j].norm in CLAUSE_OPENERS or not _MARKS.isdisjoint(text[ev[j - 1].end : ev[j].start])


_MARKS = frozenset(",;:")


def name_leading(
    ev: tuple[Tok, ...], j1: int, j2: int, mine: list[Tok], art: PreparedArticle
) -> tuple[str, list[Tok]] | None:
    """The name the copied words lead to at the start of the evidence's longer stretch [j1, j2)
    ("analysts at Deutsche Bank said ... and kept" for the claim's "analysts at GE kept"), when
    the claim's name (tokens ``mine``) is nowhere in that stretch; None if no name leads it."""
    end = slot_after(ev, j1, art.text)
    if not j1 < end < j2:
        return None
    stems = {t.stem for t in mine}
    if any(t.stem in stems for t in ev[j1:j2]):
        return None
    return value_of(ev[j1:end], art.text, art, j1 > 0)


def when(ev: tuple[Tok, ...], j1: int, j2: int) -> bool:
    """Whether the evidence's tokens [j1, j2) are a phrase of time and nothing else ("on
    Wednesday", "last week", "in March 2023"): copied words on either side of one stand together
    (the claim may leave the time out)."""
    return (
        j1 < j2
        and all(t.norm in _TIME or t.norm in CALENDAR or t.kind == NUM for t in ev[j1:j2])
        and any(t.norm not in TIME_OPENERS for t in ev[j1:j2])
    )


def adjunct(ev: tuple[Tok, ...], j1: int, j2: int, text: str) -> bool:
    """Whether the evidence's tokens [j1, j2), left out by the claim between two copied
    stretches, are an adjunct: a phrase of time, or a short prepositional phrase without a name
    or a clause of its own ("made his debut [at the age of 17] under"). Leaving one out keeps
    the two stretches one anchor."""
    if when(ev, j1, j2):
        return True
    if not 1 < j2 - j1 <= MAX_ADJUNCT or ev[j1].norm not in PREPOSITIONS:
        return False
    if any(t.cap for t in ev[j1 + 1 : j2]) or opens_predicate(ev, j1, j2):
        return False
    return not any(gap(ev, k, text).strip() for k in range(j1 + 1, j2))


def aside(ev: tuple[Tok, ...], j1: int, j2: int, text: str) -> bool:
    """Whether the evidence's tokens [j1, j2), left out by the claim between two copied
    stretches, are an aside enclosed by commas with no clause of its own ("Lithuania's
    president[, Aurimas Lenkas,] pardoned"): the words on either side still read as one."""
    if not 0 < j1 < j2 < len(ev) or j2 - j1 > MAX_ASIDE:
        return False
    if "," not in gap(ev, j1, text) or "," not in gap(ev, j2, text):
        return False
    if ev[j1].norm in RELATIVES or opens_predicate(ev, j1, j2):
        return False
    return not any(gap(ev, k, text).strip() for k in range(j1 + 1, j2))


def modifiers(ev: tuple[Tok, ...], j1: int, j2: int, text: str) -> bool:
    """Whether the evidence's tokens [j1, j2), left out by the claim between two copied
    stretches, are an article and plain words describing what follows ("struck [a composed]
    142"): no name, number or clause of their own, so the words on either side still read as
    one."""
    if not 1 < j2 - j1 <= MAX_MODIFIERS or ev[j1].norm not in ARTICLES:
        return False
    if any(t.cap or t.kind == NUM for t in ev[j1 + 1 : j2]) or opens_predicate(ev, j1, j2):
        return False
    return not any(gap(ev, k, text).strip() for k in range(j1 + 1, j2))


def left_out(ev: tuple[Tok, ...], j1: int, j2: int, text: str) -> bool:
    """Whether the claim may leave out the evidence's tokens [j1, j2) between two copied
    stretches and keep them one anchor: an adjunct, an aside or an article's modifiers."""
    return adjunct(ev, j1, j2, text) or aside(ev, j1, j2, text) or modifiers(ev, j1, j2, text)

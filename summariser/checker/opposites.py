"""Opposites in one slot: a claim that copies its evidence but for one word, which is that
word's antonym ("roads in urban areas" for "roads in rural areas", "the Senate rejected" for
"approved"), says the opposite of it.

The antonyms are WordNet 3.0's direct ones (antonyms.txt.gz, ~3,200 pairs of adjectives, verbs,
nouns and adverbs; tools/antonym_words.py regenerates it) and the checker's own list of opposite
predicates with their irregular forms ("won" / "lost"); words of opposite valence too
(valence.py: "welcomed" / "criticised"), two parts of a region ("northern" / "central"), two
ratings ("buy" / "hold") or medals, and two courses (courses.py: "stop" / "keep").
Only a word in the evidence word's slot counts (a copied word on each side): anywhere else in a
sentence, an antonym is most often about something else ("old" and "new" in one story). A
negation before either word makes them agree ("is not an experienced sailor" for "an
inexperienced sailor").
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

from ..report import FlagCode
from .courses import courses_opposed
from .features import NEG, Tok, stem
from .flags import P_CONTRADICTION, Finding
from .lexicon import NEGATIVE_WORDS, OPPOSITES
from .predicates import is_predicate
from .valence import leaning, opposed

NEGATION_REACH = 3  # tokens before a word within which a negation turns it round


@cache
def antonyms() -> dict[str, tuple[str, ...]]:
    """Each word (and its stem) -> its antonyms and their stems (loaded once).

    Tuples, not sets: a tuple of strings drops out of the cyclic garbage collector's watch (and
    the table with it), where a set per word would be walked at each of its full collections;
    a word has a handful of antonyms, so a look-up among them costs no more."""
    data = resources.files("summariser.checker").joinpath("antonyms.txt.gz").read_bytes()
    found: dict[str, set[str]] = {}
    pairs = [line.split() for line in gzip.decompress(data).decode("utf-8").splitlines()]
    pairs += [[a, b] for a, others in OPPOSITES.items() for b in others]
    for a, b in pairs:
        for word, other in ((a, b), (b, a)):
            for key in (word, stem(word)):
                found.setdefault(key, set()).update((other, stem(other)))
    return {k: tuple(sorted(v)) for k, v in found.items()}


# Parts of a country or a region, one excluding another: "in northern Greece" is not "in central
# Greece".
_PARTS = frozenset(
    {
        *("northern", "southern", "eastern", "western", "central", "north", "south", "east"),
        *("west", "northeast", "northwest", "southeast", "southwest", "northeastern"),
        *("northwestern", "southeastern", "southwestern"),
    }
)


# Other closed sets whose members exclude each other in one slot: an analyst's rating ("rated
# the shares a buy" is not "a hold") and a medal's metal.
_RATINGS = frozenset(
    {
        *("buy", "hold", "sell", "outperform", "underperform", "overweight", "underweight"),
        *("accumulate", "neutral"),
    }
)
_MEDALS = frozenset({"gold", "silver", "bronze"})
_EXCLUSIVE = (_PARTS, _RATINGS, _MEDALS)


def _other_member(mine: str, theirs: str) -> bool:
    """Whether the two words name two different members of one closed set (parts of the same
    place, ratings, medals), in the slot."""
    return mine != theirs and any(mine in c and theirs in c for c in _EXCLUSIVE)


def exclusive_finding(
    toks: list[Tok], i: int, ev: tuple[Tok, ...], j: int, text: str, evidence: str
) -> Finding | None:
    """A contradiction when the claim's word ``toks[i]``, copied from later in the evidence, sits
    where the evidence has another member of its closed set ("rated the shares a hold" for
    "rated the shares a buy, while Erste kept a hold rating")."""
    mine, theirs = toks[i], ev[j]
    if not _other_member(mine.norm, theirs.norm) or negated(toks, i) or negated(ev, j):
        return None
    said, have = text[mine.start : mine.end], evidence[theirs.start : theirs.end]
    msg = f"The claim says {said!r} where its evidence has {have!r}: one excludes the other."
    return Finding(FlagCode.NEGATION_FLIP, msg, mine.start, mine.end, P_CONTRADICTION, True)


def negated(toks: tuple[Tok, ...] | list[Tok], k: int) -> bool:
    return any(
        t.kind == NEG or t.norm in NEGATIVE_WORDS for t in toks[max(0, k - NEGATION_REACH) : k]
    )


def antonyms_of(t: Tok) -> tuple[str, ...]:
    """The word's antonyms and their stems (WordNet's and the checker's opposite predicates)."""
    return antonyms().get(t.norm) or antonyms().get(t.stem) or ()


def antonymous(mine: Tok, theirs: Tok) -> bool:
    """Whether the two words are antonyms."""
    return not {theirs.norm, theirs.stem}.isdisjoint(antonyms_of(mine))


def opposite_finding(
    toks: list[Tok], i: int, ev: tuple[Tok, ...], j: int, text: str, evidence: str
) -> Finding | None:
    """A contradiction when the claim's word ``toks[i]`` (in ``text``) is an antonym of the
    evidence's word ``ev[j]`` (in ``evidence``) in its slot, neither negated."""
    mine, theirs = toks[i], ev[j]
    if not (
        antonymous(mine, theirs)
        or opposed(mine, theirs)
        or _other_member(mine.norm, theirs.norm)
        or courses_opposed(toks, i, ev, j)  # ("would stop investing" for "would keep investing")
    ):
        return None
    if negated(toks, i) or negated(ev, j):
        return None
    said, have = text[mine.start : mine.end], evidence[theirs.start : theirs.end]
    msg = f"The claim says {said!r} where its evidence says the opposite, {have!r}."
    return Finding(FlagCode.NEGATION_FLIP, msg, mine.start, mine.end, P_CONTRADICTION, True)


LEANING = 3  # evidence words before the copied object that carry a longer slot's leaning


def leaning_finding(
    toks: list[Tok], i: int, ev: tuple[Tok, ...], a: int, b: int, evidence: str
) -> Finding | None:
    """A contradiction when the claim's verb or adjective is clearly good or bad and the
    evidence's words [a, b) of its slot (names aside) lean only the other way ("criticised"
    for "expressing his gratitude for"), neither side negated."""
    if toks[i].cap or not is_predicate(toks[i].norm):
        return None  # (a verb or an adjective says how the claim leans; a noun or name does not)
    mine = leaning(toks[i])
    theirs = {leaning(t) for t in ev[a:b] if not t.cap} - {0}
    if (
        not mine
        or theirs != {-mine}
        or negated(toks, i)
        or any(negated(ev, j) for j in range(a, b))
    ):
        return None
    said = evidence[ev[a].start : ev[b - 1].end]
    msg = f"The claim says {toks[i].norm!r} where its evidence says the opposite, {said!r}."
    return Finding(FlagCode.NEGATION_FLIP, msg, toks[i].start, toks[i].end, P_CONTRADICTION, True)

"""Words with offsets, and the runs of capitalised words that may hold names."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from itertools import accumulate, compress, pairwise
from operator import itemgetter
from typing import Any, NamedTuple, cast

from .lexicon import ABBREVIATIONS, HEADLINE_MINOR

# Dotted acronyms ("U.S."), words with inner hyphens or apostrophes ("N’Djamena", "Mali’s"),
# and numbers (which only separate runs): r"(?:[A-Z]\.){2,}|[^\W\d_]\w*(?:[-'’]\w+)*|\d[\w./:-]*",
# written for speed with the same matches. Every token opens with a letter or a digit, so the
# pattern opens with that one class, which lets the engine skip the gaps between tokens fast;
# what follows depends on that first character: a full stop after a capital may go on to an
# acronym (the full stop, the cheap test, first), a digit opens a number, any other a word
# ("a letter, then word characters, a hyphen or apostrophe only before one", written as runs,
# which the engine matches faster than char by char). Every repeat is possessive (``*+``,
# ``++``): a greedy repeat here never gives back, as nothing after it can fail, so the
# matches are the same and the engine keeps no backtracking state. In a group, as a
# separator: ``split`` then gives the gaps and the tokens in one C-level call.
_TOKEN_SPLIT = re.compile(
    r"([^\W_](?:\.(?<=[A-Z]\.)(?:[A-Z]\.)++|(?<=\d)[\w./:-]*+|\w*+(?:[-'’]\w++)*+))"
)
_FIRST = itemgetter(0)  # a word's first character
# "d'Ivoire", "al-Assad": lowercase particles glued to a capitalised name.
_GLUED_PARTICLE = re.compile(r"^[a-z]{1,3}['’-][A-Z]")
# Every glued particle holds this.
_GLUED_MARK = re.compile(r"['’-][A-Z]")
# A leading dateline ("date 2023-10-10") or agency tag ("(CNN)"): the word after it opens a
# sentence.
_DATELINE = re.compile(
    r"^\s*(?:(?:date\s*[:=]?\s*)?\d{4}-\d{2}-\d{2}\b|(?-i:\([A-Z]{2,}\))(?:\s*[-–—])?)",
    re.IGNORECASE,
)
# Web addresses, e-mail addresses, @handles and #hashtags hold no names of actors.
_NOT_PROSE = re.compile(r"\S+/\S+|www\.\S+|\S+@\S+|[@#]\w+")
# Every _NOT_PROSE match holds one of these: without them the (slow) search is skipped.
_NOT_PROSE_MARKS = ("/", "@", "#", "www.")
_NOT_PROSE_MARK = re.compile(r"[/@#]|www\.")
_NON_SPACE = re.compile(r"\S*")
_SENTENCE_END = re.compile(r"[.!?:;]|\n")


class Token(NamedTuple):
    """One word: ``text`` is ``source[start:end]`` without any possessive ending.

    A named tuple, with its word-shape flags computed once: an article has thousands of
    tokens, and every rule reads these flags.
    """

    start: int
    end: int
    text: str
    possessive: bool  # followed by 's / ’s (excluded from end)
    initial: bool  # opens a sentence, so its capital letter says nothing
    headline: bool  # in a Headline Case Sentence, where no capital says anything
    capital: bool  # capitalised, or a glued particle before a capital ("al-Assad")
    lower: bool  # a lowercase word (not a glued particle like "al-Assad")


# Builds a Token from a tuple of its fields without a Python-level call.
as_token = cast(Callable[[Iterable[Any]], Token], functools.partial(tuple.__new__, Token))


def _columns(text: str) -> tuple[list[str], list[int], list[int], list[str]]:
    """Each token's raw text, start and end, and the text after it up to the next token (or
    the end of the text), found with C-level calls only: one ``split`` and running sums."""
    parts = _TOKEN_SPLIT.split(text)  # gap, token, gap, token, ..., gap
    offsets = list(accumulate(map(len, parts)))
    raw, starts, ends, gaps = parts[1::2], offsets[0:-1:2], offsets[1::2], parts[2::2]
    if any(mark in text for mark in _NOT_PROSE_MARKS):
        # Tokens starting inside a web address (or handle, hashtag) are dropped; the gaps of
        # the tokens kept then run to the next kept token.
        skip = _not_prose(text)
        keep = _outside(starts, skip)
        raw, starts, ends = (
            [raw[k] for k in keep],
            [starts[k] for k in keep],
            [ends[k] for k in keep],
        )
        gaps = [text[e:s] for e, s in zip(ends, starts[1:], strict=False)]
        gaps += [text[ends[-1] :]] if ends else []
    return raw, starts, ends, gaps


def _not_prose(text: str) -> list[tuple[int, int]]:
    """The spans of the ``_NOT_PROSE`` matches of ``text``. Every match lies in one run of
    non-space characters holding a mark, so only those runs are searched: over the whole
    text, the ``\\S+`` of each alternative is tried (and backtracked) at every character."""
    spans: list[tuple[int, int]] = []
    end = 0
    for mark in _NOT_PROSE_MARK.finditer(text):
        at = mark.start()
        if at < end:
            continue  # in the run just searched
        start = at
        while start > 0 and not text[start - 1].isspace():  # (as ``\\s`` is)
            start -= 1
        end = _NON_SPACE.match(text, at).end()  # type: ignore[union-attr]
        spans.extend(m.span() for m in _NOT_PROSE.finditer(text, start, end))
    return spans


def _outside(starts: list[int], skip: list[tuple[int, int]]) -> list[int]:
    """The indices of the ``starts`` not inside one of the (sorted, disjoint) ``skip`` spans."""
    kept = []
    k = 0
    for i, start in enumerate(starts):
        while k < len(skip) and skip[k][1] <= start:
            k += 1
        if k < len(skip) and skip[k][0] <= start:
            continue
        kept.append(i)
    return kept


class Words(NamedTuple):
    """The tokens of a text column by column (token ``k`` is ``starts[k]``, ``ends[k]``,
    ``texts[k]`` ... as in ``Token``), and the text's lowercase words, lowercased ("iPhone"
    gives "iphone").

    Columns rather than a ``Token`` per word: most words are lowercase and never read one by
    one, and building (then collecting) hundreds of objects per article costs more than all
    the rules that read them."""

    starts: list[int]
    ends: list[int]
    texts: list[str]
    possessive: list[bool]
    initial: list[bool]
    headline: list[bool]
    capital: list[bool]
    lower: list[bool]
    lowercase: frozenset[str]

    def token(self, k: int) -> Token:
        """Token ``k`` as one object."""
        return self.tokens(k, k)[0]

    def tokens(self, first: int, last: int) -> list[Token]:
        """Tokens ``first`` to ``last`` as objects."""
        starts, ends, texts, possessive, initial, headline, capital, lower, _ = self
        return [
            as_token(
                (
                    starts[k],
                    ends[k],
                    texts[k],
                    possessive[k],
                    initial[k],
                    headline[k],
                    capital[k],
                    lower[k],
                )
            )
            for k in range(first, last + 1)
        ]


def tokenize(text: str) -> Words:
    """All words of ``text`` in order, with possessives split off and sentence starts marked.

    Computed column by column: this runs over every word of every article, so each column is
    one comprehension or C-level ``map`` over all tokens, and the rules that concern few
    tokens (possessives, abbreviations, sentence ends, glued particles) visit only those.
    """
    raw, starts, raw_ends, gaps = _columns(text)
    n = len(raw)
    if not n:
        return Words([], [], [], [], [], [], [], [], frozenset())
    words = raw.copy()
    ends = raw_ends.copy()
    # "Mali's": the word is "Mali". (No token is a bare "'s": none starts with an apostrophe.)
    possessive = [False] * n
    for k in _possessives(text, starts, raw_ends):
        possessive[k] = True
        words[k] = raw[k][:-2]
        ends[k] -= 2
    # Where each token's gap to the next begins: after its possessive ending, or after the
    # full stop of an abbreviation ("Mr.", "Gen."), which then ends no sentence.
    after = raw_ends.copy()
    # Only a gap holding a sentence-ending mark or a line break can end a sentence (a gap
    # after an abbreviation starts with its full stop, so it is among them).
    marked = _marked_gaps(gaps)
    abbrev = [False] * n
    for k in marked:
        # (A lone capital is an initial: "M. Atherton".)
        if (
            not possessive[k]
            and gaps[k][:1] == "."
            and (raw[k] in ABBREVIATIONS or (len(raw[k]) == 1 and raw[k].isupper()))
        ):
            abbrev[k] = True
            words[k] = raw[k] + "."
            ends[k] += 1
            after[k] += 1
    # A line break opens a sentence, and so does a sentence-ending mark unless the word
    # before ends with an abbreviation's full stop.
    initial = [True] + [False] * (n - 1)
    for k in marked:
        if k + 1 < n:
            gap = gaps[k][1:] if abbrev[k] else gaps[k]
            word = words[k]
            initial[k + 1] = (
                not (abbrev[k] or (word.endswith(".") and len(word) > 2))
                and _SENTENCE_END.search(gap) is not None
            ) or "\n" in gap
    dateline = _DATELINE.match(text)
    if dateline:  # the word after a dateline opens a sentence
        k = bisect.bisect_left(starts, dateline.end())
        if k < n:
            initial[k] = True
    firsts = list(map(_FIRST, words))
    capital = list(map(str.isupper, firsts))
    lower = list(map(str.islower, firsts))  # (a glued particle is capital, not lower)
    for k in _glued_particles(text, starts, ends, words):
        capital[k], lower[k] = True, False
    headline = [False] * n
    _mark_headlines(words, initial, headline, capital, lower, gaps)
    _mark_shouting(words, initial, headline, capital, every=not "".join(firsts).isascii())
    # Each distinct lowercase word once; nearly always all are lowercase already ("iPhone" is
    # the rare exception), which one C-level check of them joined shows.
    distinct = frozenset(compress(words, lower))
    joined = "".join(distinct)
    lowercase = distinct if joined.lower() == joined else frozenset(map(str.lower, distinct))
    return Words(starts, ends, words, possessive, initial, headline, capital, lower, lowercase)


def _possessives(text: str, starts: list[int], raw_ends: list[int]) -> list[int]:
    """The tokens whose raw text ends with "'s" (or "’s"), found with ``str.find``: far faster
    than a regex scan of the text, and the endings are few."""
    found = []
    n = len(starts)
    for ending in ("'s", "’s"):
        at = text.find(ending)
        while at >= 0:
            k = bisect.bisect_left(raw_ends, at + 2)
            if k < n and raw_ends[k] == at + 2 and starts[k] < at:
                found.append(k)
            at = text.find(ending, at + 2)
    return found


def _marked_gaps(gaps: list[str]) -> list[int]:
    """The tokens whose gap to the next token (or to the end) holds a sentence-ending mark or
    a line break. Articles have a few distinct gaps (" ", ", ", ". ") repeated many times:
    each distinct gap is searched once (see ``_GapMarks``)."""
    if len(_GAP_MARKED) > 4096:  # (bounded: odd gaps, such as runs of punctuation, vary)
        _GAP_MARKED.clear()
    return list(compress(range(len(gaps)), map(_GAP_MARKED.__getitem__, gaps)))


class _GapMarks(dict[str, bool]):
    """Gap -> whether it holds a sentence-ending mark or a line break, filled on first use:
    shared by all texts, which repeat the same few gaps, so most are never searched."""

    def __missing__(self, gap: str) -> bool:
        self[gap] = marked = _SENTENCE_END.search(gap) is not None
        return marked


_GAP_MARKED = _GapMarks()


def _glued_particles(text: str, starts: list[int], ends: list[int], words: list[str]) -> list[int]:
    """The tokens that are lowercase particles glued to a capitalised name ("al-Assad"): each
    holds a hyphen or an apostrophe before a capital, so only the tokens holding those are read."""
    found: list[int] = []
    for mark in _GLUED_MARK.finditer(text):
        k = bisect.bisect_right(starts, mark.start()) - 1
        if k >= 0 and mark.start() < ends[k] and (not found or found[-1] != k):
            word = words[k]
            if "a" <= word[0] <= "z" and _GLUED_PARTICLE.match(word) is not None:
                found.append(k)
    return found


def _mark_headlines(
    words: list[str], initial: list[bool], headline: list[bool], capital: list[bool],
    lower: list[bool], gaps: list[str],
) -> None:  # fmt: skip
    """In a Headline Case Sentence capitals say nothing: mark its words as sentence-initial.
    A list of names ("Squad: Javier Pertile, Paolo Vaccari, ...") is no headline: headlines
    are phrases, seldom with two commas.

    (Sentences are split at the ``initial`` flags as they stand before any marking.)"""
    n = len(words)
    bounds = [*compress(range(n), initial), n]
    for lo, hi in pairwise(bounds):
        # Cheapest refusals first: a first lowercase word that is no minor word (as in most
        # sentences, found by a C-level scan), too few capitals, then any such word.
        try:
            k = lower.index(True, lo, hi)
        except ValueError:
            k = -1
        if k >= 0 and words[k] not in HEADLINE_MINOR:
            continue
        if sum(capital[lo:hi]) < 4 or not HEADLINE_MINOR.issuperset(
            compress(words[lo:hi], lower[lo:hi])
        ):
            continue
        if sum(1 for k in range(lo, hi) if capital[k] and len(words[k]) >= 3) >= 4:
            if sum(1 for k in range(lo, hi - 1) if "," in gaps[k]) >= 2:
                continue  # a list
            initial[lo:hi] = [True] * (hi - lo)
            headline[lo:hi] = [True] * (hi - lo)


def _mark_shouting(
    words: list[str], initial: list[bool], headline: list[bool], capital: list[bool], *,
    every: bool,
) -> None:  # fmt: skip
    """ALL-CAPS HEADERS ("TAKE A QUARTER Let's say") are headlines; the word after one opens a
    sentence. Lone acronyms ("NATO", "U.S.") are untouched.

    A shouted word is all letters, so it opens with a capital, unless its first letter has no
    case (only outside ASCII): unless ``every`` word must be read, only the capitalised are."""
    n = len(words)
    read = range(n) if every else compress(range(n), capital)
    shouted = [k for k in read if words[k].isupper() and words[k].isalpha()]
    i = 0
    while i < len(shouted):
        j = i  # shouted[i:j] are consecutive tokens
        while j < len(shouted) and shouted[j] == shouted[i] + (j - i):
            j += 1
        lo, hi = shouted[i], shouted[i] + (j - i)
        if hi - lo >= 2 and any(len(w) >= 3 for w in words[lo:hi]):
            initial[lo:hi] = [True] * (hi - lo)
            headline[lo:hi] = [True] * (hi - lo)
            if hi < n and capital[hi]:
                initial[hi] = True
        i = j

"""Words with offsets, and the runs of capitalised words that may hold names."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from itertools import compress, pairwise
from operator import itemgetter
from typing import Any, NamedTuple, cast

from ..text import Doc, as_doc
from ..text.sentences import wrapped
from .columns import columns
from .lexicon import ABBREVIATIONS, HEADLINE_MINOR

_FIRST = itemgetter(0)  # a word's first character
# "d'Ivoire", "al-Assad": lowercase particles glued to a capitalised name.
_GLUED_PARTICLE = re.compile(r"^[a-z]{1,3}['’-][A-Z]")
# Every glued particle holds one of these before a capital (A-Z).
_GLUED_MARKS = "'’-"
# A leading dateline ("date 2023-10-10") or agency tag ("(CNN)"): the word after it opens a
# sentence.
_DATELINE = re.compile(
    r"^\s*(?:(?:date\s*[:=]?\s*)?\d{4}-\d{2}-\d{2}\b|(?-i:\([A-Z]{2,}\))(?:\s*[-–—])?)",
    re.IGNORECASE,
)


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


def tokenize(text: str | Doc) -> Words:
    """All words of ``text`` (plain text or the article's shared ``Doc``) in order, with
    possessives split off and sentence starts marked; made once per ``Doc``.
    """
    return as_doc(text).view("actors.words", _words)


def _line_ends(text: str, at: int, gap: str, blank_lines: bool) -> bool:
    """Whether the gap at ``at`` holds a line break that is not a sentence wrapped over lines."""
    k = gap.find("\n")
    return k >= 0 and not wrapped(text, at + k, blank_lines)


def _words(doc: Doc) -> Words:
    """The actor words of a ``Doc`` (see ``tokenize``).

    Computed column by column: this runs over every word of every article, so each column is
    one comprehension or C-level ``map`` over all tokens, and the rules that concern few
    tokens (possessives, abbreviations, sentence ends, glued particles) visit only those.
    """
    text = doc.text
    raw, starts, raw_ends, gaps = columns(doc)
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
    # Only a gap holding a sentence-ending mark or a line break can end a sentence (a gap
    # after an abbreviation starts with its full stop, so it is among them).
    marked = list(gaps)
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
    # A line break opens a sentence, and so does a sentence-ending mark unless the word
    # before ends with an abbreviation's full stop. (``columns`` keeps only the gaps that
    # hold a sentence-ending mark or a line break: after any other word, one opens.)
    initial = [True] + [False] * (n - 1)
    blank_lines = "\n\n" in text
    for k in marked:
        if k + 1 < n:
            word = words[k]
            initial[k + 1] = not (abbrev[k] or (word.endswith(".") and len(word) > 2)) or (
                _line_ends(text, raw_ends[k], gaps[k], blank_lines)
            )
    dateline = _DATELINE.match(text)
    if dateline:  # the word after a dateline opens a sentence
        k = bisect.bisect_left(starts, dateline.end())
        if k < n:
            initial[k] = True
    firsts = list(map(_FIRST, words))
    capital = list(map(str.isupper, firsts))
    lower = list(map(str.islower, firsts))  # (a glued particle is capital, not lower)
    for k in _glued_particles(text, doc.positions(_GLUED_MARKS), starts, ends, words):
        capital[k], lower[k] = True, False
    headline = [False] * n
    _mark_headlines(words, initial, headline, capital, lower, _CommaGaps(text, raw_ends, starts))
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


def _glued_particles(
    text: str, marks: list[int], starts: list[int], ends: list[int], words: list[str]
) -> list[int]:
    """The tokens that are lowercase particles glued to a capitalised name ("al-Assad"): each
    holds a hyphen or an apostrophe (``marks``: their offsets, in order) before a capital, so
    only the tokens holding those are read."""
    found: list[int] = []
    for at in marks:
        if not "A" <= text[at + 1 : at + 2] <= "Z":
            continue
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and at < ends[k] and (not found or found[-1] != k):
            word = words[k]
            if "a" <= word[0] <= "z" and _GLUED_PARTICLE.match(word) is not None:
                found.append(k)
    return found


class _CommaGaps:
    """Whether the text between a word and the next holds a comma (or an opening bracket):
    asked of few words (those of a would-be headline), so read from the text when asked."""

    def __init__(self, text: str, ends: list[int], starts: list[int]) -> None:
        self._text, self._ends, self._starts = text, ends, starts

    def comma_after(self, k: int) -> bool:
        return "," in self._text[self._ends[k] : self._starts[k + 1]]

    def dash_after(self, k: int) -> bool:
        """Whether a spaced dash stands between word ``k`` and the next ("Finance Minister -
        Dimitar Kostov")."""
        return " - " in self._text[self._ends[k] : self._starts[k + 1]]

    def bracket_after(self, k: int) -> bool:
        """Whether a bracket opens before word ``k + 1`` and that word is capitalised: "(
        Canada )", "(R-Ky.)", not "(9/17/16)"."""
        gap = self._text[self._ends[k] : self._starts[k + 1]]
        at = gap.find("(")
        if at < 0:
            return False
        inside = gap[at + 1 :].lstrip()  # (what the bracket holds before the next word)
        return (inside or self._text[self._starts[k + 1]])[0].isupper()


def _mark_headlines(
    words: list[str], initial: list[bool], headline: list[bool], capital: list[bool],
    lower: list[bool], gaps: _CommaGaps,
) -> None:  # fmt: skip
    """In a Headline Case Sentence capitals say nothing: mark its words as sentence-initial.
    A list of names ("Squad: Javier Pertile, Paolo Vaccari, ...") is no headline: headlines
    are phrases, seldom with two commas; nor is a table's row, whose brackets hold a
    nationality or a party ("Jacques Villeneuve ( Canada ) Williams"): headlines seldom hold
    brackets; nor are a list's rows pairing a post and a name with a dash ("Finance Minister
    - Dimitar Kostov"): a headline's dash follows a shouted topic ("SOCCER - ").

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
            if sum(1 for k in range(lo, hi - 1) if gaps.comma_after(k)) >= 2:
                continue  # a list
            if any(gaps.bracket_after(k) for k in range(lo, hi - 1)):
                continue  # a table's row: "Jacques Villeneuve ( Canada ) Williams 1:47:20"
            if any(gaps.dash_after(k) for k in range(lo, hi - 1)):
                continue  # a list's rows: "Prime Minister - Zhan Videnov"
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

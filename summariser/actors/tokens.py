"""Words with offsets, and the runs of capitalised words that may hold names."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from itertools import accumulate, compress, pairwise
from operator import attrgetter, methodcaller
from typing import Any, NamedTuple, cast

from .lexicon import (
    ABBREVIATIONS,
    CONTINUE_ONLY,
    DAYS,
    HEADLINE_MINOR,
    MONTHS,
    NAME_CONNECTORS,
    ORG_HEADS,
    ORG_LEADS,
    STOPWORDS,
)

# "Commission on Presidential Debates", "Centre for Strategic Studies": after an organisation
# word these join a name; elsewhere ("Biden on Putin") they separate names.
ORG_CONNECTORS = frozenset({"on", "for"})
_ORG_WORDS = ORG_HEADS | ORG_LEADS

# Dotted acronyms ("U.S."), words with inner hyphens or apostrophes ("N’Djamena", "Mali’s"),
# and numbers (which only separate runs): r"(?:[A-Z]\.){2,}|[^\W\d_]\w*(?:[-'’]\w+)*|\d[\w./:-]*",
# written for speed with the same matches. A lowercase ASCII word, the commonest token (which
# only the word alternative can match), is tried first; the acronym has no counted repeat; the
# word alternative is "a letter, then word characters, a hyphen or apostrophe only before
# one", written as runs, which the engine matches faster than char by char. In a group, as a
# separator: ``split`` then gives the gaps and the tokens in one C-level call.
_TOKEN_SPLIT = re.compile(
    r"([a-z]\w*(?:[-'’]\w+)*|[A-Z]\.(?:[A-Z]\.)+|[^\W\d_]\w*(?:[-'’]\w+)*|\d[\w./:-]*)"
)
# "d'Ivoire", "al-Assad": lowercase particles glued to a capitalised name.
_GLUED_PARTICLE = re.compile(r"^[a-z]{1,3}['’-][A-Z]")
# Every glued particle holds one of these.
_PARTICLE_MARK = re.compile(r"[-'’]")
# Token fields and word tests as C-level callables, for ``map`` over all tokens.
_CAPITAL = attrgetter("capital")
_ENDS_POSSESSIVE = methodcaller("endswith", ("'s", "’s"))
# A leading dateline ("date 2023-10-10"): the word after it opens a sentence.
_DATELINE = re.compile(r"^\s*(?:date\s*[:=]?\s*)?\d{4}-\d{2}-\d{2}\b", re.IGNORECASE)
# Web addresses, e-mail addresses, @handles and #hashtags hold no names of actors.
_NOT_PROSE = re.compile(r"\S+/\S+|www\.\S+|\S+@\S+|[@#]\w+")
# Every _NOT_PROSE match holds one of these: without them the (slow) search is skipped.
_NOT_PROSE_MARK = re.compile(r"[/@#]|www\.")
_CONTRACTION = re.compile(r"['’](?:m|re|ll|ve|d|t)$")
_SENTENCE_END = re.compile(r"[.!?:;]|\n")
# Between two words of one name only spaces may stand (a hyphen is inside a token).
_JOIN = re.compile(r"[ \t\u00a0]+")


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


# Builds a Token from a tuple of its fields without a Python-level call per token.
_AS_TOKEN = cast(Callable[[Iterable[Any]], Token], functools.partial(tuple.__new__, Token))


def _columns(text: str) -> tuple[list[str], list[int], list[int], list[str]]:
    """Each token's raw text, start and end, and the text after it up to the next token (or
    the end of the text), found with C-level calls only: one ``split`` and running sums."""
    parts = _TOKEN_SPLIT.split(text)  # gap, token, gap, token, ..., gap
    offsets = list(accumulate(map(len, parts)))
    raw, starts, ends, gaps = parts[1::2], offsets[0:-1:2], offsets[1::2], parts[2::2]
    if _NOT_PROSE_MARK.search(text):
        # Tokens starting inside a web address (or handle, hashtag) are dropped; the gaps of
        # the tokens kept then run to the next kept token.
        skip = [m.span() for m in _NOT_PROSE.finditer(text)]
        keep = _outside(starts, skip)
        raw, starts, ends = (
            [raw[k] for k in keep],
            [starts[k] for k in keep],
            [ends[k] for k in keep],
        )
        gaps = [text[e:s] for e, s in zip(ends, starts[1:], strict=False)]
        gaps += [text[ends[-1] :]] if ends else []
    return raw, starts, ends, gaps


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


def tokenize(text: str) -> list[Token]:
    """All words of ``text`` in order, with possessives split off and sentence starts marked.

    Computed column by column: this runs over every word of every article, so each column is
    one comprehension or C-level ``map`` over all tokens, and the rules that concern few
    tokens (possessives, abbreviations, sentence ends, glued particles) visit only those.
    """
    raw, starts, raw_ends, gaps = _columns(text)
    n = len(raw)
    if not n:
        return []
    words = raw.copy()
    ends = raw_ends.copy()
    # "Mali's": the word is "Mali". (No token is a bare "'s": none starts with an apostrophe.)
    possessive = list(map(_ENDS_POSSESSIVE, raw))
    for k in compress(range(n), possessive):
        words[k] = raw[k][:-2]
        ends[k] -= 2
    # Where each token's gap to the next begins: after its possessive ending, or after the
    # full stop of an abbreviation ("Mr.", "Gen."), which then ends no sentence.
    after = raw_ends.copy()
    # Only a gap holding a sentence-ending mark or a line break can end a sentence (a gap
    # after an abbreviation starts with its full stop, so it is among them).
    marked = list(compress(range(n), map(_SENTENCE_END.search, gaps)))
    abbrev = [False] * n
    for k in marked:
        if not possessive[k] and raw[k] in ABBREVIATIONS and gaps[k][:1] == ".":
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
        k = bisect.bisect_left(after, dateline.end())
        if k + 1 < n and after[k] == dateline.end():
            initial[k + 1] = True
    capital = [w[0].isupper() for w in words]
    lower = [w[0].islower() for w in words]  # (a glued particle is capital, not lower)
    for k in _glued_particles(text, starts, ends, words):
        capital[k], lower[k] = True, False
    headline = [False] * n
    _mark_headlines(words, initial, headline, capital, lower)
    _mark_shouting(words, initial, headline, capital)
    fields = zip(starts, ends, words, possessive, initial, headline, capital, lower, strict=True)
    return list(map(_AS_TOKEN, fields))


def _glued_particles(text: str, starts: list[int], ends: list[int], words: list[str]) -> list[int]:
    """The tokens that are lowercase particles glued to a capitalised name ("al-Assad"): each
    holds a hyphen or an apostrophe, so only the tokens around those characters are read."""
    found: list[int] = []
    for mark in _PARTICLE_MARK.finditer(text):
        k = bisect.bisect_right(starts, mark.start()) - 1
        if k >= 0 and mark.start() < ends[k] and (not found or found[-1] != k):
            word = words[k]
            if "a" <= word[0] <= "z" and _GLUED_PARTICLE.match(word) is not None:
                found.append(k)
    return found


def _mark_headlines(
    words: list[str], initial: list[bool], headline: list[bool], capital: list[bool],
    lower: list[bool],
) -> None:  # fmt: skip
    """In a Headline Case Sentence capitals say nothing: mark its words as sentence-initial.

    (Sentences are split at the ``initial`` flags as they stand before any marking.)"""
    n = len(words)
    bounds = [*compress(range(n), initial), n]
    for lo, hi in pairwise(bounds):
        # Cheapest refusals first: too few capitals, then a lowercase word that is no minor
        # word (most sentences have one early on).
        if sum(capital[lo:hi]) < 4 or not all(
            w in HEADLINE_MINOR for w in compress(words[lo:hi], lower[lo:hi])
        ):
            continue
        if sum(1 for k in range(lo, hi) if capital[k] and len(words[k]) >= 3) >= 4:
            initial[lo:hi] = [True] * (hi - lo)
            headline[lo:hi] = [True] * (hi - lo)


def _mark_shouting(
    words: list[str], initial: list[bool], headline: list[bool], capital: list[bool]
) -> None:
    """ALL-CAPS HEADERS ("TAKE A QUARTER Let's say") are headlines; the word after one opens a
    sentence. Lone acronyms ("NATO", "U.S.") are untouched."""
    n = len(words)
    shouted = [k for k in compress(range(n), map(str.isupper, words)) if words[k].isalpha()]
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


def _breaks(token: Token, *, first: bool) -> bool:
    """Whether ``token`` can never be part of a name (when ``first``, start one)."""
    text = token.text
    if text in STOPWORDS or text in MONTHS or text in DAYS:
        return True
    # "I’m", "We’ll" (without an apostrophe there is nothing to strip)
    if ("'" in text or "’" in text) and _CONTRACTION.sub("", text) in STOPWORDS:
        return True
    if first and text in CONTINUE_ONLY:
        return True
    return text[0].isdigit()


def capitalised_runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalised words joined by spaces (and inner particles like "of").

    A run ends at punctuation, a line break, a possessive, a stop word, a month or a number.
    """
    runs: list[list[Token]] = []
    current: list[Token] = []

    def close() -> None:
        while current and current[-1].lower:  # a trailing particle belongs to no name
            current.pop()
        if current:
            runs.append(current.copy())
        current.clear()

    n = len(tokens)
    i = 0  # the next token to read
    # Only a capitalised word starts a run: the lowercase words between runs are skipped.
    for first in compress(range(n), map(_CAPITAL, tokens)):
        if first < i:
            continue
        i = first
        while i < n:
            tok = tokens[i]
            if current:
                gap = text[current[-1].end : tok.start]
                # A single space is by far the commonest gap: spare the regex for it.
                joined = gap == " " or _JOIN.fullmatch(gap) is not None
                if not joined or current[-1].possessive:
                    close()
            starts_or_continues = tok.capital and not _breaks(tok, first=not current)
            if starts_or_continues or (
                current and _connects(current, tok) and _next_capital(tokens, i)
            ):
                current.append(tok)
            else:
                close()
            i += 1
            if not current:
                break  # nothing open: read on from the next capitalised word
    close()
    return runs


def _connects(current: list[Token], tok: Token) -> bool:
    """Whether lowercase ``tok`` may continue the name being read."""
    if not tok.lower:
        return False
    if tok.text in ORG_CONNECTORS:
        return current[-1].text in _ORG_WORDS
    return tok.text in NAME_CONNECTORS or tok.text == "and"


def _next_capital(tokens: list[Token], i: int) -> bool:
    """Whether a capitalised word follows token ``i`` (after further particles)."""
    for tok in tokens[i + 1 : i + 4]:
        if tok.capital:
            return not _breaks(tok, first=False)
        if tok.text not in NAME_CONNECTORS:
            return False
    return False

"""Words with offsets, and the runs of capitalised words that may hold names."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from itertools import pairwise
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
# and numbers (which only separate runs).
# (The word alternative is "a letter, then word characters, a hyphen or apostrophe only
# before one": written as runs, which the engine matches faster than char by char.)
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]\w*(?:[-'’]\w+)*|\d[\w./:-]*")
# "d'Ivoire", "al-Assad": lowercase particles glued to a capitalised name.
_GLUED_PARTICLE = re.compile(r"^[a-z]{1,3}['’-][A-Z]")
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


def _outside(matches: list[re.Match[str]], skip: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The matches that do not start inside one of the (sorted, disjoint) ``skip`` spans."""
    kept = []
    k = 0
    for match in matches:
        start = match.start()
        while k < len(skip) and skip[k][1] <= start:
            k += 1
        if k < len(skip) and skip[k][0] <= start:
            continue
        kept.append(match)
    return kept


def tokenize(text: str) -> list[Token]:
    """All words of ``text`` in order, with possessives split off and sentence starts marked.

    Computed column by column (one comprehension per field): this runs over every word of
    every article, and comprehensions cost a fraction of a loop with the same logic.
    """
    dateline = _DATELINE.match(text)
    dateline_end = dateline.end() if dateline else -1
    matches = list(_TOKEN.finditer(text))
    if _NOT_PROSE_MARK.search(text):
        matches = _outside(matches, [m.span() for m in _NOT_PROSE.finditer(text)])
    if not matches:
        return []
    raw = [m.group() for m in matches]
    starts = [m.start() for m in matches]
    match_ends = [m.end() for m in matches]
    possessive = [w.endswith(("'s", "’s")) and len(w) > 2 for w in raw]
    # "Mr." and "Gen." keep their full stop, which then ends no sentence. (After a possessive
    # the next character is its apostrophe, never a full stop.)
    abbrev = [
        not p and w in ABBREVIATIONS and text[e : e + 1] == "."
        for w, p, e in zip(raw, possessive, match_ends, strict=True)
    ]
    words = [
        w[:-2] if p else w + "." if a else w
        for w, p, a in zip(raw, possessive, abbrev, strict=True)
    ]
    ends = [
        e - 2 if p else e + 1 if a else e
        for e, p, a in zip(match_ends, possessive, abbrev, strict=True)
    ]
    # Where each token's gap to the next begins (after any possessive ending or full stop).
    after = [e + 1 if a else e for e, a in zip(match_ends, abbrev, strict=True)]
    sentence_end = _SENTENCE_END.search
    initial = [True]
    initial += [
        # One space (the common case) ends no sentence; a line break does, and so does a
        # sentence-ending mark unless the word before ends with an abbreviation's full stop;
        # so does the end of a dateline.
        (
            not (s == pe + 1 and text[pe] == " ")
            and (
                (
                    not (a or (w.endswith(".") and len(w) > 2))
                    and sentence_end(text, pe, s) is not None
                )
                or "\n" in text[pe:s]
            )
        )
        or pe == dateline_end
        for s, pe, a, w in zip(starts[1:], after, abbrev, words, strict=False)
    ]
    glued = _GLUED_PARTICLE.match
    capital = [
        w[0].isupper()
        or ("a" <= w[0] <= "z" and ("-" in w or "'" in w or "’" in w) and glued(w) is not None)
        for w in words
    ]
    lower = [not c and w[0].islower() for w, c in zip(words, capital, strict=True)]
    headline = [False] * len(words)
    _mark_headlines(words, initial, headline, capital, lower)
    _mark_shouting(words, initial, headline, capital)
    fields = zip(starts, ends, words, possessive, initial, headline, capital, lower, strict=True)
    return list(map(_AS_TOKEN, fields))


def _mark_headlines(
    words: list[str], initial: list[bool], headline: list[bool], capital: list[bool],
    lower: list[bool],
) -> None:  # fmt: skip
    """In a Headline Case Sentence capitals say nothing: mark its words as sentence-initial.

    (Sentences are split at the ``initial`` flags as they stand before any marking.)"""
    n = len(words)
    long_capitals = [c and len(w) >= 3 for w, c in zip(words, capital, strict=True)]
    bounds = [0, *(k for k in range(1, n) if initial[k]), n]
    for lo, hi in pairwise(bounds):
        if sum(long_capitals[lo:hi]) >= 4 and all(
            words[k] in HEADLINE_MINOR for k in range(lo, hi) if lower[k]
        ):
            initial[lo:hi] = [True] * (hi - lo)
            headline[lo:hi] = [True] * (hi - lo)


def _mark_shouting(
    words: list[str], initial: list[bool], headline: list[bool], capital: list[bool]
) -> None:
    """ALL-CAPS HEADERS ("TAKE A QUARTER Let's say") are headlines; the word after one opens a
    sentence. Lone acronyms ("NATO", "U.S.") are untouched."""
    shouted = [w.isupper() and w.isalpha() for w in words]
    n = len(words)
    i = 0
    while i < n:
        if not shouted[i]:
            i += 1
            continue
        j = i
        while j < n and shouted[j]:
            j += 1
        if j - i >= 2 and any(len(w) >= 3 for w in words[i:j]):
            initial[i:j] = [True] * (j - i)
            headline[i:j] = [True] * (j - i)
            if j < n and capital[j]:
                initial[j] = True
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

    for i, tok in enumerate(tokens):
        if not current and not tok.capital:
            continue  # nothing to close, and a lowercase word starts no name
        joined = bool(current) and bool(_JOIN.fullmatch(text[current[-1].end : tok.start]))
        if current and (not joined or current[-1].possessive):
            close()
        starts_or_continues = tok.capital and not _breaks(tok, first=not current)
        if starts_or_continues or (
            current and _connects(current, tok) and _next_capital(tokens, i)
        ):
            current.append(tok)
        else:
            close()
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

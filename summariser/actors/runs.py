"""Runs of capitalised words that may hold names, read from the word columns of a text."""

from __future__ import annotations

import re
from itertools import compress

from ..text.sentences import wrapped
from .lexicon import CONTINUE_ONLY, DAYS, MONTHS, NAME_CONNECTORS, ORG_HEADS, ORG_LEADS, STOPWORDS
from .tokens import Words

# "Commission on Presidential Debates", "Centre for Strategic Studies": after an organisation
# word these join a name; elsewhere ("Biden on Putin") they separate names.
ORG_CONNECTORS = frozenset({"on", "for"})
_ORG_WORDS = ORG_HEADS | ORG_LEADS
# Words that never start or continue a name (checked for capitalised words only, which
# never open with a digit).
_BREAK_WORDS = STOPWORDS | MONTHS | DAYS
_NO_START = _BREAK_WORDS | CONTINUE_ONLY
# Every lowercase word that may continue a name is one of these.
_CONNECTING = ORG_CONNECTORS | NAME_CONNECTORS | {"and"}
_CONTRACTION = re.compile(r"['’](?:m|re|ll|ve|d|t)$")
# Between two words of one name only spaces may stand (a hyphen is inside a token).
_JOIN = re.compile(r"[ \t\u00a0]+")


def _breaks(word: str) -> bool:
    """Whether capitalised ``word`` can never be part of a name."""
    return word in _BREAK_WORDS or (("'" in word or "’" in word) and _contraction(word))


def _contraction(word: str) -> bool:
    """ "I’m", "We’ll": a stop word with a contracted verb (``word`` holds an apostrophe;
    without one there is nothing to strip)."""
    return _CONTRACTION.sub("", word) in STOPWORDS


def capitalised_runs(text: str, words: Words) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words joined by spaces (and inner particles like "of"), as
    the indices of their first and last tokens.

    A run ends at punctuation, a line break (not one wrapping a sentence), a possessive, a stop
    word, a month or a number.
    """
    starts, ends, texts, possessive = words.starts, words.ends, words.texts, words.possessive
    capital, lower = words.capital, words.lower
    runs: list[tuple[int, int]] = []
    n = len(texts)
    blank_lines = "\n\n" in text  # (a line wrapped inside a name joins it: "Yevgeny\nPrigozhin")
    i = 0  # the next token to read
    # Only a capitalised word starts a run: the lowercase words between runs are skipped.
    for first in compress(range(n), capital):
        if first < i:
            continue
        i = first + 1
        word = texts[first]
        # (``_breaks`` inlined, with the words that never start a name: this runs for every
        # capitalised word.)
        if word in _NO_START or (("'" in word or "’" in word) and _contraction(word)):
            continue
        last = first  # the run is tokens first..last, and token i comes next
        while i < n:
            gap = text[ends[last] : starts[i]]
            # A single space is by far the commonest gap: spare the regex for it.
            # ("Procter & Gamble", "Pharmacia & Upjohn": an ampersand joins a firm's names.)
            if possessive[last] or not (
                gap == " "
                or _JOIN.fullmatch(gap) is not None
                or (gap == " & " and capital[i])
                or (gap == "\n" and wrapped(text, ends[last], blank_lines))
            ):
                break  # the run ends before token ``i``, which may start the next one
            word = texts[i]
            i += 1
            # A capitalised word continues the name unless it breaks it; another word only
            # when it is a lowercase particle with a capitalised word after it. (Else token
            # ``i - 1`` can neither continue a name nor start one.)
            if capital[i - 1]:
                if (
                    word in _BREAK_WORDS or (("'" in word or "’" in word) and _contraction(word))
                ) and not (word in DAYS and _row_name(text, starts[first], ends[i - 1])):
                    break
            elif not (
                lower[i - 1]
                and word in _CONNECTING
                and _connects(texts[last], word)
                and _next_capital(words, i - 1)
            ):
                break
            last = i - 1
        while lower[last]:  # a trailing particle belongs to no name
            last -= 1
        runs.append((first, last))
    return _owners_joined(text, words, runs)


# Plurals that take "'s": nouns for a class of people, which a body's name may hold ("the
# People's Party", "Women 's Institute"); any other word before "'s" and a name is its owner
# ("Britain's Labour Party"), a name apart.
_PLURAL_OWNERS = frozenset({"People", "Women", "Children", "Men", "Folk", "Workmen"})


def _owners_joined(text: str, words: Words, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``runs`` with a run ending in a plural owner joined to the next when that run ends
    with a body's head: "People 's Party" (wire copy's spaced "'s") or "People's Party"."""
    texts, starts, ends, possessive = words.texts, words.starts, words.ends, words.possessive
    joined: list[tuple[int, int]] = []
    for first, last in runs:
        if joined:
            end = joined[-1][1]
            if texts[end] in _PLURAL_OWNERS and texts[last] in ORG_HEADS:
                # the glued "'s" or the spaced one (a token "s" of its own) right before
                gap = text[ends[end] : starts[first]]
                if (possessive[end] and gap in ("'s ", "’s ")) or (
                    first == end + 2 and texts[end + 1] == "s" and gap == " 's "
                ):
                    joined[-1] = (joined[-1][0], last)
                    continue
        joined.append((first, last))
    return joined


# A line of a result ("Leicester 0 Sheffield Wednesday 1") or of a table ("Sheffield
# Wednesday 9 5 3 1 20 12 18"): names and numbers only.
_ROW = re.compile(
    r"[ \t]*[A-Z][^\d\n]*[ \t]\d{1,2}[ \t]+[A-Z][^\d\n]*[ \t]\d{1,2}[ \t]*"
    r"|[ \t]*[A-Z][^\d\n]*(?:[ \t]+\d{1,3}){5,}[ \t]*"
)

# The home side of a result line and its score, perhaps its scorers: "Leicester 0 ",
# "Liverpool 3 ( Fowler 12 , 54 ) ".
_HOME = re.compile(r"[ \t]*(?:[A-Z][\w.'’-]*[ \t]+)+\d{1,2}[ \t]+(?:\([^()\n]*\)[ \t]+)?")


def _row_name(text: str, start: int, end: int) -> bool:
    """Whether a day's name ending at ``end``, in a name from ``start``, is a club's on a line
    of results or of a table ("Sheffield Wednesday"): a score follows it, and it is the away
    side (after the home side and its score) or the line is names and numbers only. A
    date in such a line is written "1996-10-19", not by its day."""
    if not text[end : end + 2].strip(" \t").isdigit():
        return False
    line = text.rfind("\n", 0, start) + 1
    if _HOME.fullmatch(text, line, start) is not None:
        return True
    stop = text.find("\n", end)
    return _ROW.fullmatch(text, line, len(text) if stop == -1 else stop) is not None


def _connects(last: str, word: str) -> bool:
    """Whether lowercase ``word`` may continue a name whose last word so far is ``last``."""
    if word in ORG_CONNECTORS:
        return last in _ORG_WORDS
    return word in NAME_CONNECTORS or word == "and"


def _next_capital(words: Words, i: int) -> bool:
    """Whether a capitalised word follows token ``i`` (after further particles)."""
    for k in range(i + 1, min(i + 4, len(words.texts))):
        if words.capital[k]:
            return not _breaks(words.texts[k])
        if words.texts[k] not in NAME_CONNECTORS:
            return False
    return False

"""The shared tokens (summariser.text) read as actor words: the words that may hold names."""

from __future__ import annotations

import bisect
import re
from itertools import compress

from ..text import Doc
from ..text.tokens import reread, stretches

# How an actor word differs from a shared token (summariser.text): dotted acronyms ("U.S."),
# words with inner hyphens or apostrophes ("N’Djamena", "Mali’s") but not "&" ("AT&T" is two
# words), and numbers that run on over ". / : -" ("3.5", "9/11", "2015."), which only separate
# runs; a title or initial leaves its full stop out ("Mr", "R"), and an affiliation
# ("(R-S.C.)") is read for its words. Written as the pattern
# r"(?:[A-Z]\.){2,}|[^\W\d_]\w*(?:[-'’]\w+)*|\d[\w./:-]*", for speed: each repeat possessive,
# the branch chosen by the first character. Only the few stretches of text where the shared
# tokens and this rule can differ are read with it (see ``_ODD``); elsewhere an actor word is a
# shared token that opens with a letter or a digit.
_WORD = re.compile(r"[^\W_](?:\.(?<=[A-Z]\.)(?:[A-Z]\.)++|(?<=\d)[\w./:-]*+|\w*+(?:[-'’]\w++)*+)")
# Where the two readings of a word can differ: "&", "_", "(", and a full stop inside a token
# (a title, an initial, an acronym).
_ODD = "&_(."
# In a number, these end the shared token but not the actor word ("3.5", "9/11", "5-").
_RUN_ON = frozenset("./:-")
# What can end a sentence: a gap between two words holding one may.
_SENTENCE_END = ".!?:;\n"
# Web addresses, e-mail addresses, @handles and #hashtags hold no names of actors.
_NOT_PROSE = re.compile(r"\S+/\S+|www\.\S+|\S+@\S+|[@#]\w+")
# Every _NOT_PROSE match holds one of these: without them the (slow) search is skipped.
_NOT_PROSE_MARKS = ("/", "@", "#", "www.")
_NOT_PROSE_MARK = re.compile(r"[/@#]|www\.")
_NON_SPACE = re.compile(r"\S*")


def columns(doc: Doc) -> tuple[list[str], list[int], list[int], dict[int, str]]:
    """Each actor word's raw text, start and end, and the texts after the words (up to the
    next word, or the end of the text) that hold a sentence-ending mark or a line break, by
    word. From the shared tokens: those that open with a letter or a digit, but for the
    stretches of text between spaces where ``_WORD`` reads them otherwise (see
    ``_odd_stretches``), which are read with it."""
    text = doc.text
    words, starts, ends = doc.words, doc.starts, doc.ends
    odd = _odd_stretches(doc)
    keep = list(map(str.isalnum, doc.firsts))
    raw, starts, ends = reread(text, (words, starts, ends), keep, odd, _WORD)
    if any(mark in text for mark in _NOT_PROSE_MARKS):
        # Tokens starting inside a web address (or handle, hashtag) are dropped; the gaps of
        # the tokens kept then run to the next kept token.
        skip = _not_prose(text)
        keep_at = _outside(starts, skip)
        raw, starts, ends = (
            [raw[k] for k in keep_at],
            [starts[k] for k in keep_at],
            [ends[k] for k in keep_at],
        )
    return raw, starts, ends, _marked_gaps(doc, starts, ends)


def _marked_gaps(doc: Doc, starts: list[int], ends: list[int]) -> dict[int, str]:
    """The gaps after the words (``starts``, ``ends``) that hold a sentence-ending mark or a
    line break, by word, in order: found from the marks (few), not by reading every gap."""
    text = doc.text
    n = len(starts)
    gaps: dict[int, str] = {}
    for at in doc.positions(_SENTENCE_END):
        k = bisect.bisect_right(ends, at) - 1  # the last word ending at or before the mark
        if k >= 0 and k not in gaps and (k + 1 == n or at < starts[k + 1]):
            gaps[k] = text[ends[k] : starts[k + 1] if k + 1 < n else len(text)]
    return gaps


def _odd_stretches(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges [lo, hi) of the stretches between spaces (the shared tokens touch
    inside one) whose actor words may differ from their tokens, in order: those holding a token
    with "&" or a full stop in it, or opening with "_", or an affiliation ("(R-S.C.)"); or a
    number holding an apostrophe ("1990's", "25-year-old's": the actor word ends before it) or
    right before one of ``_RUN_ON``."""
    text, words, starts, ends = doc.text, doc.words, doc.starts, doc.ends
    n = len(words)
    odd: list[int] = []
    for at in doc.positions(_ODD):  # (the marks)
        k = bisect.bisect_right(starts, at) - 1
        if k < 0 or at >= ends[k]:
            continue
        mark = text[at]
        if starts[k] < at:  # inside a token
            if mark in "&.":
                odd.append(k)
        elif mark == "_" or (mark == "(" and len(words[k]) > 1):
            odd.append(k)
    # A number is a token that opens with a decimal digit (``\d``): from there the tokeniser
    # reads ``\d\w*(?:[’'\-&]\w+)*`` in full, and no token ends inside a run of word
    # characters, so the number's token is all of it.
    for k in compress(range(n), map(str.isdecimal, doc.firsts)):
        word, end = words[k], ends[k]
        if "'" in word or "’" in word or text[end : end + 1] in _RUN_ON:
            odd.append(k)
    return stretches(starts, ends, odd)


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
    """The indices of the ``starts`` not inside one of the (sorted, disjoint) ``skip`` spans:
    the (few) spans are looked up among the starts, not every start among the spans."""
    kept: list[int] = []
    done = 0  # the starts before this are decided
    for first, stop in skip:
        lo = bisect.bisect_left(starts, first, done)
        hi = bisect.bisect_left(starts, stop, lo)
        kept.extend(range(done, lo))
        done = hi
    kept.extend(range(done, len(starts)))
    return kept

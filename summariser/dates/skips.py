"""Where the scan can skip a start outright: a regex for leading words that need a named follower.

Most candidate starts in news are "the", "a", "in", "that" ..., which begin a temporal expression
only before certain words ("the past", "in the", "a few"). ``skip_pattern`` turns the scan's
tables into one regex that matches, at a start, exactly such a word followed by a word (or digit,
or quote) that none of its alternatives can continue with, so the regex engine drops those starts
instead of the Python loop. It is conservative: it only matches where the scan's key leads to no
pattern, and anything uncertain (non-ASCII text next to the words) is left to the scan.
"""

from __future__ import annotations

import logging

from .leads import ANY, DIGIT, QUOTE

logger = logging.getLogger(__name__)

Key = tuple[str, str | None]
Signature = tuple[bool, ...]

_SPACE = r"[ \t\n\r\f\v]+"  # the whitespace the scan's key reads between the two words
_END = r"(?![A-Za-z])(?![^\x00-\x7f])"  # the word ends, and not before a non-ASCII character


def _followers(first: str, table: dict[Key, Signature]) -> tuple[list[str], bool, bool]:
    """The second words after which ``first`` may begin a match, and whether a digit / a quote
    may follow."""
    seconds = [s for (f, s), sig in table.items() if f == first and s is not None and any(sig)]
    words = [s for s in seconds if s.isascii() and s.isalpha()]
    return words, DIGIT in seconds, QUOTE in seconds


def _trie(tails: dict[str, str]) -> str:
    """An alternation of ``word + tail`` for each word, factored on shared prefixes (so the
    engine tests a letter once, not once per word), each letter in either case."""
    heads: dict[str, dict[str, str]] = {}
    ends = []
    for word, tail in sorted(tails.items()):
        if word:
            heads.setdefault(word[0], {})[word[1:]] = tail
        else:
            ends.append(tail)
    parts = [f"[{c}{c.upper()}](?:{_trie(rest)})" for c, rest in heads.items()] + ends
    return "|".join(parts)


def skip_pattern(table: dict[Key, Signature]) -> str | None:
    """A case-sensitive regex (to be used in a lookahead at a start) that matches only where the
    scan's key gives no pattern; None when no word qualifies."""
    tails = {}
    for first in sorted({f for f, _ in table if f.isascii() and f.isalpha()}):
        if (first, ANY) not in table or any(table[(first, ANY)]):
            continue  # some alternative may begin with the word whatever follows
        words, digit, quote = _followers(first, table)
        bad = [
            # A whole ASCII word that no alternative names (in any ASCII casing).
            (f"(?!(?:{_trie(dict.fromkeys(words, '(?![A-Za-z])'))}))" if words else "")
            + f"[A-Za-z]+{_END}"
        ]
        if not digit:
            bad.append("[0-9]")
        if not quote:
            bad.append("['’]")
        tails[first] = f"{_END}{_SPACE}(?:{'|'.join(bad)})"
    if not tails:
        return None
    return "(?-i:" + _trie(tails) + ")"

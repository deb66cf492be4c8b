"""Where the scan can skip a start outright: regexes for leading words and numbers that need a
named follower.

Most candidate starts in news are "the", "a", "in", "that" ..., which begin a temporal expression
only before certain words ("the past", "in the", "a few"), and numbers, which begin one only
before certain words or marks ("30 days", "2008,", but not "30 percent"). ``skip_tails`` and
``number_skip`` turn the scan's tables into regexes that match, at a start, exactly such a word
or number followed by something that none of its alternatives can continue with, so the regex
engine drops those starts instead of the Python loop. They are conservative: they only match
where the scan's key leads to no pattern, and anything uncertain (non-ASCII text next to the
words) is left to the scan.
"""

from __future__ import annotations

import logging
import string

from .leads import ANY, DIGIT, MAX_DIGITS, NUMBER_SPACE, OTHER, QUOTE, char_symbol
from .patterns import trie

logger = logging.getLogger(__name__)

Key = tuple[str, str | None]
Signature = tuple[bool, ...]

_SPACE = r"[ \t\n\r\f\v]+"  # the whitespace the scan's key reads between the two words
_END = r"(?![A-Za-z])(?![^\x00-\x7f])"  # the word ends, and not before a non-ASCII character
# What the scan's key calls OTHER: after whitespace, a character that is no whitespace, word
# character or quote; right after the word, any character that is no whitespace and ends it.
_OTHER_AFTER_SPACE = r"[^\s\w'’]"
_OTHER_AFTER_WORD = r"(?:[^\s\w]|[0-9_])"


def _followers(first: str, table: dict[Key, Signature]) -> tuple[list[str], set[str]]:
    """The second words after which ``first`` may begin a match, and which of DIGIT, QUOTE
    and OTHER may follow it."""
    seconds = [s for (f, s), sig in table.items() if f == first and s is not None and any(sig)]
    words = [s for s in seconds if s.isascii() and s.isalpha()]
    return words, {DIGIT, QUOTE, OTHER} & set(seconds)


def _unnamed_word(words: list[str]) -> str:
    """A whole ASCII word that is none of ``words`` (in any ASCII casing)."""
    named = (
        f"(?!(?:{trie(dict.fromkeys(words, '(?![A-Za-z])'), edge=_both_cases)}))" if words else ""
    )
    return f"{named}[A-Za-z]+{_END}"


def skip_tails(table: dict[Key, Signature]) -> dict[str, str]:
    """For each leading word that needs a named follower, a case-sensitive regex that matches,
    right after the word, exactly where the scan's key gives no pattern (the word ends, then
    whitespace, then a word, digit, quote or other character that no alternative continues
    it with; or a character other than whitespace right after the word)."""
    tails = {}
    for first in sorted({f for f, _ in table if f.isascii() and f.isalpha()}):
        if (first, ANY) not in table or any(table[(first, ANY)]):
            continue  # some alternative may begin with the word whatever follows
        words, followers = _followers(first, table)
        bad = [_unnamed_word(words)]
        if DIGIT not in followers:
            bad.append("[0-9]")
        if QUOTE not in followers:
            bad.append("['’]")
        if OTHER not in followers:
            bad.append(_OTHER_AFTER_SPACE)
        tail = f"{_END}{_SPACE}(?:{'|'.join(bad)})"
        if OTHER not in followers:
            tail += f"|{_OTHER_AFTER_WORD}"
        tails[first] = f"(?-i:{tail})"
    return tails


def number_skip(table: dict[Key, Signature]) -> str | None:
    """A case-sensitive regex that matches, after the first digit of a number at a start,
    exactly where the scan's number key gives no pattern: the number is followed by an ASCII
    word or mark that no alternative names for its digit count (and none may end after it)."""
    branches = []
    for count in range(1, MAX_DIGITS + 1):
        # The digits after the first: exactly count - 1, or (at the cap) at least that many.
        digits = f"[0-9]{{{count - 1},}}" if count == MAX_DIGITS else "[0-9]" * (count - 1)
        shape = str(count)
        if (DIGIT, shape) in table and not any(table[(DIGIT, shape)]):
            marks = [
                char
                for char in string.punctuation + string.ascii_letters
                if (DIGIT, shape + char_symbol(char)) not in table
            ]
            if marks:
                chars = "".join("\\" + char if char in "\\]^-[" else char for char in marks)
                branches.append(f"{digits}[{chars}]")
        gap = shape + NUMBER_SPACE
        if (DIGIT, gap) in table and not any(table[(DIGIT, gap)]):
            words = [s[len(gap) :] for f, s in table if f == DIGIT and s and s.startswith(gap)]
            named = [w for w in words if w.isascii() and w.isalpha()]
            branches.append(f"{digits}(?![0-9]){_SPACE}{_unnamed_word(named)}")
    return f"(?-i:{'|'.join(branches)})" if branches else None


def _both_cases(char: str) -> str:
    return f"[{char}{char.upper()}]" if char.isalpha() else char

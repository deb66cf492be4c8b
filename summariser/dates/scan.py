"""A fast equivalent of ``MASTER.finditer``: the same matches, found with far less regex work.

``MASTER`` tries its ~26 alternatives one after another at every word start that passes its
first-word lookahead, which costs more than everything else in ``find_dates``. Most alternatives
cannot begin with the words found there ("in" can only begin "in the past"/"in the future", and
"the house" begins none), so for each leading word (and word pair) we use a copy of the
alternation in which the alternatives that cannot begin there fail at once. The copies keep
every group with its number and name, so the matches are identical to ``MASTER``'s.

Which alternatives can begin with which words is derived from the parsed patterns themselves
(``leads.leading_keys``), not written by hand. Positions whose leading word is not plain ASCII
go to ``MASTER`` itself. The tables are built, and the copies compiled, on first use.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Iterator

from .leads import ANY, DIGIT, OTHER, QUOTE, first_word, leading_keys
from .patterns import _ALTERNATIVES, _FIRST_WORDS, MASTER
from .skips import skip_pattern

logger = logging.getLogger(__name__)

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGITS = frozenset("0123456789")
_INITIALS = "taoiswhbfcpmrdnelguyvjkqzx"  # by how often English words begin with them

Key = tuple[str, str | None]  # (first word, second word / DIGIT / QUOTE / ANY, or None)
Signature = tuple[bool, ...]  # which alternatives a pattern keeps


# The characters other than a letter's two ASCII cases that IGNORECASE matches to it.
_FOLDS = {"i": "İı", "k": "K", "s": "ſ"}


def _caseless(char: str) -> str:
    """``char`` as a case-sensitive class of what it matches case-insensitively: the engine
    checks a class that opens an alternative before trying it, but not a case-less letter."""
    if not (char.isascii() and char.isalpha()):
        return re.escape(char)
    return f"(?-i:[{char.lower()}{char.upper()}{_FOLDS.get(char.lower(), '')}])"


def _trie(words: list[str], *, top: bool = False) -> str:
    """An alternation of ``words`` factored on shared prefixes (same language, fewer tries)."""
    heads: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        if word:
            heads.setdefault(word[0], []).append(word[1:])
    parts = []
    # The engine tries a lookahead's branches in turn, so the commonest initial letters of
    # English words go first (the order changes nothing a lookahead matches).
    order = sorted(heads, key=lambda c: (c not in _INITIALS, _INITIALS.find(c), c))
    for head in order if top else heads:
        tails = heads[head]
        inner = _trie(tails)
        first = _caseless(head) if top else re.escape(head)
        if not inner:
            parts.append(first)
        else:
            parts.append(first + (f"(?:{inner})?" if "" in tails else f"(?:{inner})"))
    return "|".join(parts)


# Positions where MASTER can start: its lookbehind and its first-word lookahead, the words
# factored into a trie (a lookahead only asks whether some word fits, so order is free). A
# second lookahead, which always succeeds, captures the leading ASCII word and what follows
# it (case-sensitively, so that [A-Za-z] means ASCII letters only).
_NOT_BEFORE = r"[\w$£€#@/]"
_AHEAD = (
    r"(?=(?:" + _trie(list(_FIRST_WORDS), top=True) + r")(?![a-z])|\d|['’]\d)"
    r"(?=(?-i:([A-Za-z]+)(?:[ \t\n\r\f\v]+([A-Za-z]+|[0-9]|['’]))?)|)"
)


@functools.cache
def _start_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The start patterns at the start of the text, and (consuming the character before the
    start, so that the engine can skip ahead to such characters instead of trying every
    position) elsewhere; both also drop the starts that ``skips.skip_pattern`` proves
    hopeless. Compiled on first use, after the tables."""
    tables = _tables()
    skip = None if tables is None else skip_pattern(tables[0])
    ahead = _AHEAD if skip is None else f"{_AHEAD}(?!{skip})"
    at_0 = re.compile(f"(?<!{_NOT_BEFORE}){ahead}", re.IGNORECASE)
    # (The class is case-sensitive, which changes nothing it matches, for the engine skips
    # ahead only on a case-sensitive first class.)
    rest = re.compile(f"(?-i:[^{_NOT_BEFORE[1:-1]}]){ahead}", re.IGNORECASE)
    return at_0, rest


def _starts(text: str) -> Iterator[re.Match[str]]:
    """The start matches: each ends where MASTER can start (and captures its words)."""
    start_at_0, start = _start_patterns()
    first = start_at_0.match(text)
    rest = start.finditer(text)
    return rest if first is None else itertools.chain((first,), rest)


def _stub(body: str) -> str:
    """Empty groups with the names (and numbers) of the groups of ``body``."""
    compiled = re.compile(body, re.IGNORECASE)
    names = {number: name for name, number in compiled.groupindex.items()}
    return "".join(
        f"(?P<{names[n]}>)" if n in names else "()" for n in range(1, compiled.groups + 1)
    )


@functools.cache
def _compile(signature: Signature) -> re.Pattern[str] | None:
    """MASTER's alternation (without its start conditions, which hold at every candidate) with
    only the kept alternatives; the others fail at once. None when none is kept."""
    if not any(signature):
        return None
    # An alternative not kept fails before its group (entering a group costs time in
    # proportion to its number) and keeps only empty stand-ins for its groups. It opens with
    # a class that matches nothing, so that the engine skips it without entering it.
    alternation = "|".join(
        f"(?P<{kind}>{body})" if kept else f"(?-i:[^\\s\\S])(?P<{kind}>{_stub(body)})"
        for kept, (kind, body) in zip(signature, _ALTERNATIVES, strict=True)
    )
    pattern = re.compile(f"(?:{alternation})(?!\\w)", re.IGNORECASE)
    assert pattern.groupindex == MASTER.groupindex and pattern.groups == MASTER.groups
    return pattern


@functools.cache
def _tables() -> tuple[dict[Key, Signature], Signature] | None:
    """Which alternatives can begin at each key, and those that can begin anywhere; None when
    some alternative can match the empty string (then MASTER is used as it is)."""
    leads = [leading_keys(body, re.IGNORECASE) for _, body in _ALTERNATIVES]
    if any(lead is not None and "" in lead for lead in leads):
        return None
    keys = {key for lead in leads if lead is not None for key in lead}
    firsts = {first_word(key) for key in keys}
    wanted: set[Key] = {(first, ANY) for first in firsts if first[0] in _LETTERS}
    for key in keys:
        first, _, second = key.partition(" ")
        if second and second not in (ANY, OTHER):
            wanted.add((first, second))
    lead_firsts = [None if lead is None else {first_word(key) for key in lead} for lead in leads]
    table: dict[Key, Signature] = {
        (first, None): tuple(f is None or first in f for f in lead_firsts) for first in firsts
    }
    for head, follower in wanted:
        # Where the text has that second word (or digit, or quote) after the first: the
        # alternatives that begin with the pair, or may end after the first word.
        pair, open_ended = f"{head} {follower}", f"{head} {ANY}"
        table[(head, follower)] = tuple(
            lead is None or pair in lead or open_ended in lead for lead in leads
        )
    return table, tuple(lead is None for lead in leads)


def _key_at(text: str, start: re.Match[str]) -> Key | None:
    """The leading word(s) at a start match; None when they are not plain ASCII."""
    first, second = start.group(1, 2)
    if first is None:
        char = text[start.end()]
        return (DIGIT, None) if char in _DIGITS else (QUOTE, None) if char in "'’" else None
    end = start.end(1)
    if end < len(text) and not text[end].isascii():
        return None  # "thiſ": a non-ASCII letter may case-fold into an ASCII word
    first = first.lower()
    if second is None:
        return first, None
    if second[0] in _DIGITS:
        return first, DIGIT
    if second in "'’":
        return first, QUOTE
    end = start.end(2)
    if end < len(text) and not text[end].isascii():
        return first, None
    return first, second.lower()


def _pattern_for(key: Key) -> re.Pattern[str] | None:
    """The pattern for a leading-word key (None: nothing can match there)."""
    tables = _tables()
    assert tables is not None
    table, anywhere = tables
    first, second = key
    if (first, None) not in table:
        return _compile(anywhere)
    if second is None:
        return _compile(table[(first, None)])
    # A second word that no alternative names: only those open to any second word.
    return _compile(table.get(key, table.get((first, ANY), table[(first, None)])))


_BY_KEY: dict[Key, re.Pattern[str] | None] = {}  # _pattern_for, remembered


def scan(text: str) -> list[re.Match[str]]:
    """The matches of ``MASTER.finditer(text)``, in order."""
    tables = _tables()
    if tables is None:
        return list(MASTER.finditer(text))
    by_key = _BY_KEY
    table = tables[0]
    found: list[re.Match[str]] = []
    resume = 0
    for start in _starts(text):
        pos = start.end()
        if pos < resume:
            continue
        key = _key_at(text, start)
        if key is None:
            pattern: re.Pattern[str] | None = MASTER
        else:
            if key not in table:
                # A word that no alternative names: the key of all such words (so that the
                # patterns remembered stay as few as the table's keys).
                key = ("", None) if (key[0], None) not in table else (key[0], ANY)
            if key in by_key:
                pattern = by_key[key]
            else:
                pattern = by_key[key] = _pattern_for(key)
        if pattern is None:
            continue
        match = pattern.match(text, pos)
        if match is not None:
            if match.end() == pos:  # finditer's rules for empty matches differ: defer to it
                return list(MASTER.finditer(text))
            resume = match.end()
            found.append(match)
    return found

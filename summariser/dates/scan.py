"""A fast equivalent of ``MASTER.finditer``: the same matches, found with far less regex work.

``MASTER`` tries its ~26 alternatives one after another at every word start that passes its
first-word lookahead, which costs more than everything else in ``find_dates``. Most alternatives
cannot begin with the words found there ("in" can only begin "in the past"/"in the future", and
"the house" begins none), so for each leading word (and word pair, or number shape: "2008,",
"30 percent") we use a copy of the alternation that holds only the alternatives that can begin
there, in MASTER's order; every other group name is kept as an empty stand-in, so the matches
have the spans and named groups of ``MASTER``'s (group numbers differ: read groups by name).
Starts where no alternative can begin are dropped by the start regex itself (``skips``).

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

from .leads import ANY, DIGIT, NUMBER_SPACE, OTHER, QUOTE, first_word, leading_keys
from .numbers import NUMBER_CAPTURE, number_shape, number_table
from .patterns import _ALTERNATIVES, _FIRST_WORDS, MASTER, trie
from .skips import number_skip, skip_tails

logger = logging.getLogger(__name__)

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGITS = frozenset("0123456789")
_INITIALS = "taoiswhbfcpmrdnelguyvjkqzx"  # by how often English words begin with them

# (first word or DIGIT, second word / DIGIT / QUOTE / OTHER / ANY / number shape, or None)
Key = tuple[str, str | None]
Signature = tuple[bool, ...]  # which alternatives a pattern keeps


# The characters other than a letter's two ASCII cases that IGNORECASE matches to it.
_FOLDS = {"i": "İı", "k": "K", "s": "ſ"}


def _first_words(skips: dict[str, str], number_skip: str | None) -> str:
    """Where MASTER's first-word lookahead holds (a first word that ends there, a digit, or a
    quote and a digit), less the starts that ``skips`` proves hopeless (after the word, a
    follower it cannot begin a match with) and those that ``number_skip`` does (after the
    first digit of a number).

    The engine tries the branches of an alternation in turn, and skips a branch at once only
    when it opens with a case-sensitive character (or class) that the text lacks: so each
    initial letter opens branches of its own, lower case, upper case and the other characters
    that IGNORECASE matches to it, in order of how often English words begin with them. (The
    skips are left out after those other characters, which are rare: they only save time,
    and would double the compiling time there.)
    """
    by_initial: dict[str, dict[str, str]] = {}
    plain: dict[str, dict[str, str]] = {}  # without the skips: for the rare folded initials
    for word in sorted(_FIRST_WORDS):
        suffix = "(?![a-z])" + (f"(?!{skips[word]})" if word in skips else "")
        by_initial.setdefault(word[0], {})[word[1:]] = suffix
        plain.setdefault(word[0], {})[word[1:]] = "(?![a-z])"
    initials = sorted(by_initial, key=lambda c: (c not in _INITIALS, _INITIALS.find(c), c))
    branches = [
        f"(?-i:{char})(?:{trie(by_initial[char.lower()], edge=re.escape)})"
        for char in initials + [c.upper() for c in initials]
    ]
    branches += [
        f"(?-i:{fold})(?:{trie(plain[c], edge=re.escape)})"
        for c in initials
        for fold in _FOLDS.get(c, "")
    ]
    # A digit: an ASCII one (then what follows may prove the start hopeless), or another.
    ascii_digit = "(?-i:[0-9])" + ("" if number_skip is None else f"(?!{number_skip})")
    return "|".join([*branches, ascii_digit, r"[^\D0-9]", r"['’]\d"])


# Positions where MASTER can start: its lookbehind and its first-word lookahead (above). A
# second lookahead, which always succeeds, captures the leading ASCII word and what follows
# it, or the number there and what follows it (case-sensitively, so that [A-Za-z] means ASCII
# letters only).
_NOT_BEFORE = r"[\w$£€#@/]"
_NOT_BEFORE_ASCII = "0-9A-Za-z_$#@/"  # the ASCII characters of _NOT_BEFORE
_CAPTURE = (
    r"(?=(?-i:([A-Za-z]+)(?:[ \t\n\r\f\v]+([A-Za-z]+|[0-9]|['’]|[^\s\w'’]))?"
    f"|{NUMBER_CAPTURE})|)"
)
_NUMBER_GROUP = 3


@functools.cache
def _start_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The start patterns at the start of the text, and (consuming the character before the
    start, so that the engine can skip ahead to such characters instead of trying every
    position) elsewhere. Compiled on first use, after the tables."""
    tables = _tables()
    skips = ({}, None) if tables is None else (skip_tails(tables[0]), number_skip(tables[0]))
    first_words = f"(?={_first_words(*skips)})"
    # (At the start of the text, one position, the scan itself drops the hopeless starts:
    # the skips would double the compiling time.)
    at_0 = re.compile(f"(?<!{_NOT_BEFORE})(?={_first_words({}, None)}){_CAPTURE}", re.IGNORECASE)
    # Elsewhere the pattern opens with a case-sensitive class of ASCII characters, which the
    # engine tests against a bitmap as it skips ahead to candidates (a class with \w needs a
    # Unicode look-up per character). It lets through the non-ASCII characters that MASTER's
    # look-behind refuses, so that look-behind follows, where it runs only at the rare
    # positions that pass the first-word lookahead.
    rest = re.compile(
        f"(?-i:[^{_NOT_BEFORE_ASCII}]){first_words}(?<!{_NOT_BEFORE}){_CAPTURE}", re.IGNORECASE
    )
    return at_0, rest


def _starts(text: str) -> Iterator[re.Match[str]]:
    """The start matches: each ends where MASTER can start (and captures its words)."""
    start_at_0, start = _start_patterns()
    first = start_at_0.match(text)
    rest = start.finditer(text)
    return rest if first is None else itertools.chain((first,), rest)


def _stub(body: str) -> str:
    """Empty stand-ins for the groups of ``body``, named as they are."""
    compiled = re.compile(body, re.IGNORECASE)
    names = {number: name for name, number in compiled.groupindex.items()}
    return "".join(
        f"(?P<{names[n]}>)" if n in names else "()" for n in range(1, compiled.groups + 1)
    )


@functools.cache
def _compile(signature: Signature) -> re.Pattern[str] | None:
    """MASTER's alternation (without its start conditions, which hold at every candidate) with
    only the kept alternatives, in MASTER's order; None when none is kept.

    The alternatives not kept follow as one last branch that fails at once and keeps only
    empty stand-ins for their groups, so that every group name MASTER has exists (the
    resolvers read groups by name). Putting them last, not in place, keeps the kept groups'
    numbers low: the engine's work on entering a group grows with its number.
    """
    if not any(signature):
        return None
    pairs = list(zip(signature, _ALTERNATIVES, strict=True))
    alternation = "|".join(f"(?P<{kind}>{body})" for kept, (kind, body) in pairs if kept)
    stubs = "".join(f"(?P<{kind}>{_stub(body)})" for kept, (kind, body) in pairs if not kept)
    if stubs:
        # A literal NUL opens the branch so that the engine skips it on its first character
        # (no candidate starts with one), and (?!) fails it should one ever be there.
        alternation += f"|(?-i:\\x00)(?!){stubs}"
    pattern = re.compile(f"(?:{alternation})(?!\\w)", re.IGNORECASE)
    assert set(pattern.groupindex) == set(MASTER.groupindex)
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
    words = [first for first in firsts if first[0] in _LETTERS]
    wanted: set[Key] = {(first, follower) for first in words for follower in (ANY, OTHER)}
    for key in keys:
        first, _, second = key.partition(" ")
        if second and second not in (ANY, OTHER) and first != DIGIT:
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
    table |= {(DIGIT, shape): kept for shape, kept in number_table(leads).items()}
    return table, tuple(lead is None for lead in leads)


def _key_at(text: str, start: re.Match[str]) -> Key | None:
    """The leading word(s) at a start match; None when they are not plain ASCII."""
    first, second = start.group(1, 2)
    if first is None:
        if start.group(_NUMBER_GROUP) is not None:
            return _number_key(text, start)
        char = text[start.end()]
        return (QUOTE, None) if char in "'’" else None
    # An ASCII word is the whole word the patterns read unless a non-ASCII letter follows
    # it ("thiſ": such a letter may case-fold to ASCII).
    end = start.end(1)
    after = text[end : end + 1]
    if not after.isascii() and after.isalnum():
        return None
    first = first.lower()
    if second is None:
        # Punctuation (or a digit) right after the word is OTHER to the key; whitespace
        # before what the capture does not take tells nothing.
        return (first, OTHER) if after and not after.isspace() else (first, None)
    char = second[0]
    if char in _DIGITS:
        return first, DIGIT
    if char in "'’":
        return first, QUOTE
    if not ("a" <= char <= "z" or "A" <= char <= "Z"):
        return first, OTHER
    end = start.end(2)
    after = text[end : end + 1]
    if not after.isascii() and after.isalnum():
        return first, None
    return first, second.lower()


def _number_key(text: str, start: re.Match[str]) -> Key:
    """The key of a start at an ASCII digit: its number shape, or a shape of the same digit
    count that stands for the shapes no alternative names, or (around non-ASCII text) none."""
    shape = number_shape(text, start, _NUMBER_GROUP)
    if shape is None:
        return DIGIT, None
    tables = _tables()
    assert tables is not None
    if (DIGIT, shape) not in tables[0]:
        shape = shape[0] + NUMBER_SPACE if shape[1:2] == NUMBER_SPACE else shape[0]
    return DIGIT, shape


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
    """The matches of ``MASTER.finditer(text)``, in order (the same spans and named groups)."""
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

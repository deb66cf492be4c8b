"""Which words a regular expression's matches can begin with, read off its syntax tree.

``leading_keys(body, flags)`` walks the parsed pattern and collects every way a match can begin,
as a key of its first one or two words: "the past" (two lower-cased ASCII letter runs separated
by whitespace), "the #" / "the '" (a word, whitespace, then a digit or a quote), "the ?" (a word
followed by something else), "the *" (the match may end after the word, so any second word can
follow), or a lone "'" or "?" when the match starts with a quote or another character.

A match that starts with a digit gets a finer key, its *number shape*: "# 4," (four digits,
then a comma; "# 5" stands for five or more), "# 2_percent" (two digits, whitespace, a word),
"# 2_#" / "# 2_'" / "# 2_?" (whitespace, then a digit, quote or other character), "# 4*" or
"# 2_*" (the match may end after the digits or the whitespace).

Anything the walk cannot enumerate (``\\w``, negated classes, a non-ASCII letter that may
case-fold to ASCII) makes the answer None: "may begin with anything". Zero-width assertions
are ignored, which only admits more keys. So the keys are a superset of what can match: a
pattern can be skipped safely where the text's leading words give a key it lacks.
"""

from __future__ import annotations

import logging
import re._constants as sre
import re._parser as sre_parse
from typing import Any

logger = logging.getLogger(__name__)

DIGIT, QUOTE, OTHER, ANY = "#", "'", "?", "*"
NUMBER_SPACE = "_"  # in a number shape: whitespace after the digits
_SPACE = " "
MAX_DIGITS = 5  # a number shape counts the digits up to this many
_PLAIN = frozenset(DIGIT + QUOTE + OTHER + ANY + NUMBER_SPACE)  # characters that stand for others
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGITS = frozenset("0123456789")
_QUOTES = frozenset("'’")
_MAX_KEY = 60
_MAX_REPEATS = 40

# A walk state: the key read so far and the phase: 0 in the first word, 1 in the whitespace
# after it, 2 in the second word, 3 done; in a number shape, 4 in the digits, 5 in the
# whitespace after them, 6 in the word after that.
State = tuple[str, int]
_DONE, _NUMBER_DIGITS, _NUMBER_GAP, _NUMBER_WORD = 3, 4, 5, 6


class Unknown(Exception):
    """The walk met something it cannot enumerate."""


def char_symbol(char: str) -> str:
    """The symbol of one literal character: a lower-case ASCII letter, a digit, quote or space
    class, an ASCII punctuation mark as itself, or OTHER."""
    if char.isascii() and char.isalpha():
        return char.lower()
    if char in _DIGITS:
        return DIGIT
    if char in _QUOTES:
        return QUOTE
    if char.isspace():
        return _SPACE
    if char.isalnum():  # a non-ASCII letter or digit may case-fold to (or act as) ASCII
        raise Unknown
    return char if char.isascii() and char not in _PLAIN else OTHER


def _coarse(symbol: str) -> str:
    """A symbol as a word key sees it: punctuation marks are all OTHER."""
    if symbol in _LETTERS or symbol in (DIGIT, QUOTE, _SPACE):
        return symbol
    return OTHER


def _symbols(op: Any, av: Any) -> set[str]:
    """The symbols one character-consuming node can match."""
    if op is sre.LITERAL:
        return {char_symbol(chr(av))}
    if op is not sre.IN:
        raise Unknown  # ANY, NOT_LITERAL, ...
    out: set[str] = set()
    for item_op, item_av in av:
        if item_op is sre.LITERAL:
            out.add(char_symbol(chr(item_av)))
        elif item_op is sre.RANGE:
            out.update(char_symbol(chr(code)) for code in range(item_av[0], item_av[1] + 1))
        elif item_op is sre.CATEGORY and item_av is sre.CATEGORY_DIGIT:
            out.add(DIGIT)
        elif item_op is sre.CATEGORY and item_av is sre.CATEGORY_SPACE:
            out.add(_SPACE)
        else:  # \w, negated classes, ...
            raise Unknown
    return out


def _advance(key: str, phase: int, symbol: str) -> State:
    """The state after reading one character that ``symbol`` stands for."""
    if len(key) >= _MAX_KEY:
        raise Unknown
    if phase >= _NUMBER_DIGITS:
        return _advance_number(key, phase, symbol)
    letter = symbol in _LETTERS
    symbol = _coarse(symbol)
    if phase == 0:
        if letter:
            return key + symbol, 0
        if not key:  # the match starts with a non-letter: that is its whole key
            if symbol == DIGIT:
                return f"{DIGIT}{_SPACE}1", _NUMBER_DIGITS
            return (OTHER if symbol == _SPACE else symbol), _DONE
        return (key + _SPACE, 1) if symbol == _SPACE else (key + _SPACE + OTHER, _DONE)
    if phase == 1:
        if letter:
            return key + symbol, 2
        if symbol == _SPACE:
            return key, 1
        return key + symbol, _DONE
    return (key + symbol, 2) if letter else (key, _DONE)


def _advance_number(key: str, phase: int, symbol: str) -> State:
    """``_advance`` in a number shape ("# 2", "# 2_", "# 2_per")."""
    if phase == _NUMBER_DIGITS:
        if symbol == DIGIT:
            count = min(int(key[2:]) + 1, MAX_DIGITS)
            return f"{DIGIT}{_SPACE}{count}", _NUMBER_DIGITS
        if symbol == _SPACE:
            return key + NUMBER_SPACE, _NUMBER_GAP
        return key + symbol, _DONE
    letter = symbol in _LETTERS
    if phase == _NUMBER_GAP:
        if letter:
            return key + symbol, _NUMBER_WORD
        return (key, phase) if symbol == _SPACE else (key + _coarse(symbol), _DONE)
    return (key + symbol, phase) if letter else (key, _DONE)


def _step(states: set[State], symbols: set[str]) -> set[State]:
    """The states after reading one character that is one of ``symbols`` (none is done)."""
    return {_advance(key, phase, symbol) for key, phase in states for symbol in symbols}


def _walk(pattern: Any, states: set[State]) -> set[State]:
    """The states after matching the parsed (sub)pattern from any of ``states``."""
    done = {state for state in states if state[1] == _DONE}
    active = states - done  # done states pass through untouched
    for op, av in pattern:
        if not active:
            break
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: ignoring a condition only admits more keys
        if op is sre.SUBPATTERN:
            active = _walk(av[-1], active)
        elif op is sre.ATOMIC_GROUP:
            active = _walk(av, active)
        elif op is sre.BRANCH:
            active = set().union(*(_walk(branch, active) for branch in av[1]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            active = _repeat(av, active)
        else:
            active = _step(active, _symbols(op, av))
        finished = {state for state in active if state[1] == _DONE}
        done |= finished
        active -= finished
    return active | done


def _repeat(av: Any, states: set[State]) -> set[State]:
    """The states after ``min`` to ``max`` repetitions of an item."""
    low, high, item = av
    result: set[State] = set()
    current = states
    for count in range(_MAX_REPEATS):
        if count >= low:
            if current <= result:
                return result
            result |= current
        if count == high:
            return result
        current = _walk(item, current)
    raise Unknown


def _finish(key: str, phase: int) -> str:
    """The key of a match that ends in this state (what follows it is no word character)."""
    if phase == 0:
        return key + _SPACE + ANY if key else ""
    if phase in (1, _NUMBER_DIGITS, _NUMBER_GAP):
        return key + ANY
    return key


def leading_keys(body: str, flags: int) -> frozenset[str] | None:
    """The keys a match of ``body`` can begin with ("" if it can match the empty string), or
    None when they cannot be enumerated."""
    try:
        states = _walk(sre_parse.parse(body, flags), {("", 0)})
    except Unknown:
        return None
    return frozenset(_finish(key, phase) for key, phase in states)


def first_word(key: str) -> str:
    """The one-word key of a key: "the" for "the past", "#" for "#"."""
    return key.split(_SPACE, 1)[0]

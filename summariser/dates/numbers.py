"""Starts with a digit, told apart by the shape of their number.

Starts with a digit ("30 percent", "2008,", "1.5 million") were the dearest in the scan, for
every alternative that can begin with a digit was tried there. ``leads`` gives each
such beginning a *number shape* ("4," = four digits then a comma, "2_percent" = two digits,
whitespace, "percent"; see its docstring), so the scan can keep only the alternatives that can
begin with the shape the text shows: the year alone after "2008,", none after "30 percent".
"""

from __future__ import annotations

import logging
import re

from .leads import ANY, DIGIT, MAX_DIGITS, NUMBER_SPACE, OTHER, QUOTE, Unknown, char_symbol

logger = logging.getLogger(__name__)

Signature = tuple[bool, ...]
Lead = frozenset[str] | None

# The number at a start (ASCII digits), the whitespace after it and the word after that: the
# scan puts it in its capturing lookahead, so these are groups there.
NUMBER_CAPTURE = r"([0-9]+)(?:([ \t\n\r\f\v]+)([A-Za-z]+)?)?"


def number_table(leads: list[Lead]) -> dict[str, Signature]:
    """The alternatives that can begin at each number shape the leads name, and at "2" / "2_"
    (for each digit count: any other shape without / with whitespace after the digits)."""
    prefix = f"{DIGIT} "
    named = {
        key[len(prefix) :]
        for lead in leads
        if lead is not None
        for key in lead
        if key.startswith(prefix) and not key.endswith(ANY)
    }
    counts = [str(count) for count in range(1, MAX_DIGITS + 1)]
    shapes = named | set(counts) | {count + NUMBER_SPACE for count in counts}
    table = {}
    for shape in sorted(shapes):
        count, rest = shape[0], shape[1:]
        # Alternatives that may end after the digits (or the whitespace after them) can
        # begin wherever the text has that many digits (and whitespace).
        open_ended = {f"{prefix}{count}{ANY}"}
        if rest.startswith(NUMBER_SPACE):
            open_ended.add(f"{prefix}{count}{NUMBER_SPACE}{ANY}")
        exact = prefix + shape
        table[shape] = tuple(
            lead is None or exact in lead or not open_ended.isdisjoint(lead) for lead in leads
        )
    return table


def number_shape(text: str, start: re.Match[str], group: int) -> str | None:
    """The shape of the number that ``start`` captured with ``NUMBER_CAPTURE`` from ``group``;
    None when the text around it is not plain enough to tell (non-ASCII letters or spaces)."""
    digits, gap, word = start.group(group, group + 1, group + 2)
    count = str(min(len(digits), MAX_DIGITS))
    end = start.end(group if gap is None else group + 1 if word is None else group + 2)
    if word is not None:
        # Whatever ASCII character ends an ASCII word ends the word the patterns read.
        plain = end == len(text) or text[end].isascii()
        return f"{count}{NUMBER_SPACE}{word.lower()}" if plain else None
    if end == len(text):
        return count if gap is None else count + NUMBER_SPACE
    char = text[end]
    if char.isspace():
        return None  # whitespace the capture did not take
    try:
        symbol = char_symbol(char)
    except Unknown:
        return None  # a non-ASCII letter or digit
    if gap is None:
        return count + symbol
    # After whitespace, the key tells only a digit, a quote and anything else apart.
    return count + NUMBER_SPACE + (symbol if symbol in (DIGIT, QUOTE) else OTHER)

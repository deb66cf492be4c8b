"""Fields of study: "a professor of Medicine", "the Nobel Prize in Physics", "she studied Law
and Economics". Some writers capitalise a discipline; it is still a common noun (a word of
English), named after the words that take a subject, and no actor."""

from __future__ import annotations

import re

_S = r"[ \t\u00a0]+"
# The words a subject follows: an academic post or degree, or a prize, and "of"/"in"; a verb
# of study directly; another discipline and "and" may stand between ("Law and Economics").
_FIELD_BEFORE = re.compile(
    r"(?:\b(?:[Pp]rofessor|[Pp]rofessors|[Ll]ecturer|[Rr]eader|[Dd]egree|[Dd]egrees|[Dd]octorate"
    r"|PhD|[Bb]achelor|[Mm]aster|[Mm]asters|[Pp]rize|[Pp]rizes|[Cc]hair|[Tt]eacher|[Mm]ajor)"
    rf"{_S}(?:of|in){_S}"
    rf"|\b(?:studied|studies|studying|study|majored{_S}in|taught|teaches|teaching){_S})"
    rf"(?:[A-Z][a-z]+{_S}(?:and|&){_S})?\Z"
)
# What every match ends with, before its closing spaces: a cheap test spares the search (which
# tries every position of the window) before nearly every word.
_LAST_WORDS = (
    "of", "in", "and", "&", "study", "studied", "studies", "studying", "taught", "teaches",
    "teaching",
)  # fmt: skip
# No field's name-like phrase before the window's start needs more than this.
_WINDOW = 48


def field_of_study(text: str, start: int) -> bool:
    """Whether the word of English at ``start`` is a discipline: it follows the words that
    take a subject ("professor of Medicine"). (The caller knows it is a word of English:
    not "professor of Ortiz".)"""
    first = max(0, start - _WINDOW)
    before = text[first:start]
    last = before.rstrip(" \t\u00a0")
    if len(last) == len(before) or not last.endswith(_LAST_WORDS):
        return False
    return _FIELD_BEFORE.search(text, first, start) is not None

"""Shapes of names: surnames, initials and acronyms, and whether words look like a person's
name."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from .lexicon import NAME_CONNECTORS, NAME_SUFFIXES, PLACE_HEADS, PLACE_LEADS, THING_HEADS, TITLES

NAME_WORD = re.compile(r"^(?:[a-z]{1,3}['’-])?[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*\.?$")
_PLACE_OR_THING_HEADS = PLACE_HEADS | THING_HEADS


def spaced(text: str) -> str:
    """``text`` with each run of whitespace as one space, and none at either end."""
    return " ".join(text.split())


def acronym_letters(text: str) -> str:
    """ "U.S." -> "US"."""
    return text.replace(".", "")


def initials(words: tuple[str, ...]) -> str:
    """The first letters of a name's words, particles left out: the acronym it may have."""
    return "".join(w[0] for w in words if w not in NAME_CONNECTORS and w != "and")


def surname_of(words: tuple[str, ...]) -> str:
    """The last word of a name that is no suffix ("Jr.")."""
    if words[-1] not in NAME_SUFFIXES:  # nearly always: the last word is the surname
        return words[-1]
    core = [w for w in words if w not in NAME_SUFFIXES]
    return core[-1] if core else words[-1]


def same_surname(known: str | None, word: str) -> bool:
    """Equal, or one letter apart in a long name ("Zelensky", "Zelenskyy")."""
    if known is None or known == word:
        return known == word
    return (
        min(len(known), len(word)) >= 6
        and known[0] == word[0]
        and abs(len(known) - len(word)) <= 1  # (else the distance is over 1)
        and Levenshtein.distance(known, word, score_cutoff=1) <= 1
    )


def looks_like_person(words: tuple[str, ...], lowercase: frozenset[str]) -> bool:
    """Two to five name-shaped words, none an ordinary word of this text ("Grain Deal")."""
    core = [w for w in words if w not in NAME_CONNECTORS]
    if not 2 <= len(core) <= 5 or core[0] in PLACE_LEADS or core[-1] in _PLACE_OR_THING_HEADS:
        return False
    for i, word in enumerate(core):
        if not NAME_WORD.match(word) or word.lower() in lowercase or word in TITLES:
            return False
        if len(word) > 1 and word.isupper() and not (i == 0 and len(word) == 2):
            return False  # (two capitals first are initials: "AP McCoy")
    return surname_of(tuple(core)).rstrip(".").isalpha() or "-" in core[-1]

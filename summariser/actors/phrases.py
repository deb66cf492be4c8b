"""Known phrases of a capitalised run: countries, capitals, organisations, groups, regions,
demonyms, titles and honorifics, matched greedily longest first."""

from __future__ import annotations

import re
from typing import NamedTuple

from .gazetteer import COUNTRY_BY_CAPITAL, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME
from .given_names import GIVEN_NAMES
from .lexicon import (
    HONORIFICS,
    KNOWN_GROUPS,
    KNOWN_ORGS,
    NAME_CONNECTORS,
    NON_ACTOR_WORDS,
    REGIONS,
    SEAS,
    TITLE_MODIFIERS,
    TITLES,
)
from .runs import ORG_CONNECTORS
from .tokens import Token


def norm(phrase: str) -> str:
    return phrase.replace("’", "'")


# "Americans", "Malians", "Iraqis": peoples, not actors (the "-ese" and "-sh" demonyms have
# no plural).
_PLURAL_DEMONYMS = frozenset(
    d + "s" for d in COUNTRY_BY_DEMONYM if not d.endswith(("s", "sh", "ese", "ch"))
)


def _build_phrases() -> dict[str, str]:
    """Phrase -> kind; the first list a phrase is in decides its kind."""
    table: dict[str, str] = {}
    sources: list[tuple[str, object]] = [
        ("region", REGIONS),
        ("country", COUNTRY_BY_NAME),
        ("group", KNOWN_GROUPS),
        ("org", KNOWN_ORGS),
        ("capital", COUNTRY_BY_CAPITAL),
        ("demonym", COUNTRY_BY_DEMONYM),
        ("demonym", _PLURAL_DEMONYMS),
        ("title", TITLES),
        ("honorific", HONORIFICS),
        ("nonactor", NON_ACTOR_WORDS),
        ("modifier", TITLE_MODIFIERS),
    ]
    for kind, phrases in sources:
        for phrase in phrases:  # type: ignore[attr-defined]
            table.setdefault(norm(phrase), kind)
    return table


PHRASES = _build_phrases()
COUNTRY_KEYS = {norm(k): v for k, v in COUNTRY_BY_NAME.items()}
CAPITAL_KEYS = {norm(k): v for k, v in COUNTRY_BY_CAPITAL.items()}


def _phrase_sizes() -> dict[str, tuple[int, ...]]:
    """First word -> the word counts of the phrases it begins, longest first (the only sizes
    worth looking up for a run starting with that word)."""
    sizes: dict[str, set[int]] = {}
    for phrase in PHRASES:
        words = phrase.split(" ")
        sizes.setdefault(words[0], set()).add(len(words))
    return {word: tuple(sorted(n, reverse=True)) for word, n in sizes.items()}


_PHRASE_SIZES = _phrase_sizes()
# The words (normalised) that open a known phrase: a run holding none is all unknown words.
PHRASE_STARTS = frozenset(_PHRASE_SIZES)
_CONNECTORS = NAME_CONNECTORS | ORG_CONNECTORS | {"and"}
_INITIALS = re.compile(r"[A-Z]{2}$")


class Segment(NamedTuple):
    kind: str  # region country group org capital demonym title honorific nonactor modifier
    # ... or "word" (unknown capitalised word) or "connector" (of, the, and, de ...)
    tokens: tuple[Token, ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


def segments(tokens: list[Token]) -> list[Segment]:
    """Greedy longest-match of known phrases over a run; other words are "word"s.

    (Segments are built with ``tuple.__new__``, sparing the Python-level constructor of a
    named tuple.)"""
    out: list[Segment] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        head = norm(tok.text)
        for size in _PHRASE_SIZES.get(head, ()):
            if size > n - i:
                continue
            phrase = head if size == 1 else norm(" ".join([t.text for t in tokens[i : i + size]]))
            kind = PHRASES.get(phrase)
            if kind is not None:
                out.append(tuple.__new__(Segment, (kind, tuple(tokens[i : i + size]))))
                i += size
                break
        else:
            kind = "connector" if tok.lower and tok.text in _CONNECTORS else "word"
            out.append(tuple.__new__(Segment, (kind, (tok,))))
            i += 1
        last = out[-1]
        # "Denzel Washington", "Michael Jordan": a one-word capital or country right after an
        # unknown name word is a surname; so is a one-word title after a given name ("John
        # Major"); a sea's name is a carrier's ("Virgin Atlantic").
        if (
            len(out) > 1
            and len(last.tokens) == 1
            and out[-2].kind == "word"
            and (
                last.kind in ("capital", "country")
                or (last.kind == "title" and out[-2].tokens[-1].text in GIVEN_NAMES)
                or (last.kind == "region" and last.tokens[0].text in SEAS)
            )
        ):
            out[-1] = Segment("word", last.tokens)
        # "AP McCoy": two capitals before a name word are initials, not an acronym.
        elif (
            len(out) > 1
            and last.kind == "word"
            and out[-2].kind == "org"
            and len(out[-2].tokens) == 1
            and _INITIALS.match(out[-2].tokens[0].text) is not None
        ):
            out[-2] = Segment("word", out[-2].tokens)
    return out

"""Shapes of names: surnames, initials and acronyms, and whether words look like a person's
name."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from ..text.english import is_english
from .gazetteer import COUNTRY_BY_CAPITAL, COUNTRY_BY_NAME
from .given_names import GIVEN_NAMES
from .lexicon import (
    CLUB_HEADS,
    NAME_CONNECTORS,
    NAME_SUFFIXES,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_LEADS,
    SEAS,
    SURNAME_HEADS,
    SURNAME_PARTICLES,
    THING_HEADS,
    TITLES,
)
from .places import PLACES

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


def initials_of(words: tuple[str, ...]) -> tuple[str, ...]:
    """The acronyms a body's name may have: its words' first letters, particles left out or
    kept ("Chicago Board of Trade": "CBT", "CBOT")."""
    bare = initials(words)
    kept = "".join(w[0].upper() for w in words if w not in ("and", "the"))
    return (bare,) if kept == bare else (bare, kept)


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


def org_headed(words: tuple[str, ...] | list[str]) -> bool:
    """ "Wagner Group", "Santa Fe Pacific Gold": an organisation's word ends the name, unless
    it is a surname after a given name ("Jonathan Gold")."""
    last = words[-1]
    return last in ORG_HEADS and not (last in SURNAME_HEADS and words[0] in GIVEN_NAMES)


def place_led(words: tuple[str, ...]) -> bool:
    """ "Manchester United", "Texas Instruments": a well-known place's name, then a word that
    makes no place of it, names a body of that place (a club, a firm, a paper); a person's
    name opens with a given name, not a place's (unless it is both: "Sydney")."""
    return (
        len(words) > 1
        and words[0] in PLACES
        and words[0] not in GIVEN_NAMES
        and words[-1] not in _PLACE_OR_THING_HEADS
        and " ".join(words) not in PLACES
    )


# Words before a place's name that name a part of it, not a body: "Little Havana", "Old
# Delhi", "Central London", "Sierra Nevada".
_PLACE_PARTS = frozenset(
    [
        "Little",
        "Old",
        "Central",
        "Downtown",
        "Inner",
        "Outer",
        "Metro",
        "Metropolitan",
        "Midtown",
        "Sierra",
        "Costa",
    ]
)


def place_ended(words: tuple[str, ...]) -> bool:
    """ "Real Madrid", "Inter Milan", "Athletic Bilbao", "Radio France", "Bank Indonesia": a
    word of English, then a well-known city's or a country's name, names a body of that place
    (a club, a broadcaster, an agency); a person's name would open with a given name ("Jack
    London"), and a part of the city opens with a word of place ("Old Havana")."""
    if len(words) != 2:
        return False
    first, last = words
    if last in SEAS:  # "Virgin Atlantic", "Cathay Pacific": a carrier named for a sea
        return first not in PLACE_LEADS and first not in _PLACE_PARTS
    return (
        (last in PLACES or last in COUNTRY_BY_CAPITAL or last in COUNTRY_BY_NAME)
        and first not in GIVEN_NAMES
        and first not in PLACE_LEADS
        and first not in _PLACE_PARTS
        and is_english(first.lower())
    )


def club_town(words: tuple[str, ...]) -> str | None:
    """ "Stoke City", "Bolton Wanderers": a town's name then a club's head word names the
    town's club, which the article names again by the town alone ("Stoke"); not a known place
    ("Mexico City", "Cape Town"), a known place's county or city ("Utah County"), nor a
    person ("David Villa")."""
    if len(words) != 2 or words[1] not in CLUB_HEADS or words[0] in GIVEN_NAMES:
        return None
    if _known_place(" ".join(words)) or (words[1] in PLACE_HEADS and _known_place(words[0])):
        return None
    return words[0]


def _known_place(name: str) -> bool:
    return name in PLACES or name in COUNTRY_BY_CAPITAL or name in COUNTRY_BY_NAME


def part_of_place(words: tuple[str, ...]) -> bool:
    """ "Little Havana", "Central Milan": a word of place before a well-known city's name."""
    return (
        len(words) == 2
        and words[0] in _PLACE_PARTS
        and (words[1] in PLACES or words[1] in COUNTRY_BY_CAPITAL)
    )


# Words for a stretch of land: their plural names a region ("the Midlands", "the Black
# Hills", "the Coal Fields"), as a plural of a person's or a party's noun names no land.
_LANDS = frozenset(
    [
        "land",
        "field",
        "hill",
        "mountain",
        "island",
        "isle",
        "valley",
        "plain",
        "moor",
        "fen",
        "dale",
        "down",
        "key",
        "flat",
        "spring",
        "fall",
        "height",
        "lake",
        "glade",
        "heath",
    ]
)


def land_plural(word: str) -> bool:
    """ "Midlands", "Highlands", "Fields", "Hills" (not "Highlanders": its people)."""
    singular = word.lower()[:-1]
    return word[-1] == "s" and (singular in _LANDS or singular.endswith("land"))


# Last words of a contest's name: "the World Cup", "the Kelmont Open", "the Davis Cup". A
# contest is hosted, played in and won, as a team is not ("host the World Cup"): an event, no
# body. (Not "Games": "Epic Games" is a firm.)
CONTEST_HEADS = frozenset(
    [
        "Cup",
        "Championship",
        "Championships",
        "Trophy",
        "Open",
        "Prix",
        "Marathon",
        "Derby",
        "Rally",
        "Olympics",
    ]
)
# Contests named for the place they are held in: "the London Marathon", "the Tokyo Games",
# "the Australian Open" ("Games" only after a place: "Epic Games" is a firm).
EVENT_HEADS = CONTEST_HEADS | {"Games"}
# Stage races named "of" or "de" a land: "Tour de France", "Giro d'Italia", "Tour of Britain".
EVENT_LEADS = frozenset(["Tour", "Giro", "Vuelta"])


def operation(words: tuple[str, ...]) -> bool:
    """ "Operation Desert Storm": a military operation's name, an event, no person; its
    capitals are its name's even at a sentence's opening."""
    return len(words) > 1 and words[0] == "Operation"


def looks_like_person(words: tuple[str, ...], lowercase: frozenset[str]) -> bool:
    """Two to five name-shaped words, none an ordinary word of this text ("Grain Deal")."""
    core = [w for w in words if w not in NAME_CONNECTORS]
    if not 2 <= len(core) <= 5 or core[0] in PLACE_LEADS or core[-1] in _PLACE_OR_THING_HEADS:
        return False
    if core[0] == "Operation" or core[-1] in CONTEST_HEADS:
        return False  # an event's name ("Operation Desert Storm", "the Kelmont Open")
    if place_ended(tuple(core)) or part_of_place(tuple(core)):
        return False
    if core[0] in PLACES and place_led(tuple(core)):
        return False
    if club_town(tuple(core)) is not None:
        return False  # "Norbury Rovers": a club
    for i, word in enumerate(core):
        # (A surname's particle opening a sentence is capitalised: "Van Miert said".)
        # (A title's word after a given name is a surname: "Ian Bishop", "Don King".)
        if not NAME_WORD.match(word) or (word in TITLES and not (i and core[0] in GIVEN_NAMES)):
            return False
        if word.lower() in lowercase and not (i == 0 and word.lower() in SURNAME_PARTICLES):
            return False
        if len(word) > 1 and word.isupper() and not (i == 0 and len(word) == 2):
            return False  # (two capitals first are initials: "AP McCoy")
    if core[0] not in GIVEN_NAMES and any(
        _ABSTRACT.search(w) and is_english(w.lower()) for w in core
    ):
        return False  # "Renewal Movement", "Implementation Force": an abstract noun's name
    surname = surname_of(tuple(core)).rstrip(".")
    return surname.isalpha() or "-" in core[-1] or _elided(surname)


# The endings of English nouns of an act or a state ("Movement", "Unity", "Implementation"),
# which name no person: no surname ends so (a longer stem than "Clement"'s or "Ness"'s).
_ABSTRACT = re.compile(r"^[A-Z][a-z]{4,}(?:tion|sion|ment|ity|ance|ence|ness|ship|ism)$")


# A surname that opens with an elided particle: "O'Neal", "D'Alema", "N'Diaye", "Dell'Utri".
_ELIDED = re.compile(r"[A-Z][a-z]{0,3}['’][A-Z][^\W\d_]+")


def _elided(surname: str) -> bool:
    return _ELIDED.fullmatch(surname) is not None


# A company's legal form, last in its registered name ("Ford Motor Co", "Daimler AG").
_LEGAL_FORMS = frozenset(
    [
        "Inc",
        "Inc.",
        "Corp",
        "Corp.",
        "Co",
        "Co.",
        "Ltd",
        "Ltd.",
        "LLC",
        "PLC",
        "Plc",
        "plc",
        "AG",
        "GmbH",
        "NV",
        "BV",
        "SA",
        "SpA",
    ]
)


def trade_name(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """ "British Airways" of "British Airways Plc": a registered name less its legal form,
    or None when ``words`` end with none."""
    return words[:-1] if len(words) > 1 and words[-1] in _LEGAL_FORMS else None


def registered(words: tuple[str, ...]) -> bool:
    """ "Ford Motor Co", "Kelmont Holdings Plc": a company's registered name, whose first word
    is its trade name even when it is a word of English ("Ford", "Shell")."""
    return len(words) > 2 and words[-1] in _LEGAL_FORMS and _own_first_word(words)


def coined(words: tuple[str, ...]) -> bool:
    """ "Vantor Mining Corp": a body's name whose first word is coined (no word of English, no
    place, no given name), which the article may name by that word alone."""
    return _own_first_word(words) and not is_english(words[0].lower())


def _own_first_word(words: tuple[str, ...]) -> bool:
    """Whether a body's first word is its own name: not a place's ("Tulsa Police Department":
    a bare "Tulsa" is the city), a given name's or two names joined ("Handel and Haydn
    Society")."""
    first = words[0]
    return (
        NAME_WORD.match(first) is not None
        and not first.isupper()
        and first not in GIVEN_NAMES
        and first not in PLACES
        and first not in COUNTRY_BY_CAPITAL
        and first not in COUNTRY_BY_NAME
        and "and" not in words
        and NAME_CONNECTORS.isdisjoint(words)
    )

"""A capital a person goes to is the city, not its government: "moved to London", "flew to
Paris", "returned to Moscow" (where "London said" or "talks with Moscow" stand for the
state); any name someone goes home or travels to is a place. The verbs of going that "to"
follows; not "transferred to" or "sent to", which take a club or a body as often. So is a
capital whose market is told of ("Tokyo stocks", "a firm London market", "Tokyo 's Nikkei
average"): a city trades, a government does not; one that a bearing is taken from ("55 km
northeast of Monrovia"); and one that a locative or a visit governs after other places
("prices in New York and Tokyo"), as it governs them."""

from __future__ import annotations

import re

from .lexicon import LOCATIVE_PREPOSITIONS, VISIT_WORDS

_GOING = (
    r"\b(?:(?P<journey>fl(?:ew|y|ies|ying)|trav[e]?l(?:s|l?ed|l?ing)?|trips?|journeys?|flights?)"
    r"|move[ds]?|moving|return(?:s|ed|ing)?|went"
    r"|goes|going|c[oa]me|coming|relocated|emigrated|fled|flee(?:s|ing)?|head(?:s|ed|ing)"
    r"|drove|driven|sailed|walked|deported|extradited|commuted?)"
)
_GOING_TO = re.compile(_GOING + r"(?P<home>[ \t\u00a0]+home)?[ \t\u00a0]+to[ \t\u00a0]+$")
# Going towards a name ("fled towards Kisangani"): no one goes towards a club or a body.
_GOING_TOWARDS = re.compile(_GOING + r"[ \t\u00a0]+towards?[ \t\u00a0]+$")


def going_to(text: str, start: int, *, home: bool = False) -> bool:
    """Whether a verb of going and "to" stand right before ``start``; with ``home``, going
    home to it or travelling to it ("returning home to Walford", "a trip to Hull", "travel to
    Derby": a home and a journey's end are places; a player "returned to" his old club), or
    going towards it."""
    if not text.startswith(" to ", start - 4):
        return home and _GOING_TOWARDS.search(text, max(0, start - 30), start) is not None
    match = _GOING_TO.search(text, max(0, start - 30), start)
    return match is not None and (
        not home or match.group("home") is not None or match.group("journey") is not None
    )


# The market's words right after a city's name, its possessive, or an index's name between
# ("Tokyo 's Nikkei average", "London 's FTSE 100 index").
_MARKET_AFTER = re.compile(
    r"(?:[ \t\u00a0]*['’]s)?(?:[ \t\u00a0]+[A-Z][\w-]*(?:[ \t\u00a0]+\d+)?)?[ \t\u00a0]+"
    r"(?:stocks|shares|equities|bourse|market|markets|trading|dealers|traders|futures"
    r"|index|average|composite)\b"
)


def market_centre(text: str, end: int) -> bool:
    """Whether the market words follow the capital's name ending at ``end``: the city."""
    return _MARKET_AFTER.match(text, end) is not None


# A bearing from a place ("55 km northeast of X"), and a list of places that a locative or a
# visit governs before the name ("in New York and X", "visited Kelmont , Orvale and X").
_BEARING_OF = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?[ \t\u00a0]+of[ \t\u00a0]+\Z"
)
_LOCATIVE = "|".join(sorted(LOCATIVE_PREPOSITIONS | VISIT_WORDS))
_LISTED_AFTER_LOCATIVE = re.compile(
    rf"\b(?:{_LOCATIVE})[ \t\u00a0]+(?:[A-Z][\w.'-]*[ \t\u00a0]*(?:,[ \t\u00a0]*)?){{1,8}}"
    r"(?:and|or)[ \t\u00a0]+\Z"
)


def named_as_city(text: str, start: int) -> bool:
    """Whether the capital at ``start`` is the city as a place is: gone to, a bearing taken
    from it, or listed after a locative with other places."""
    if going_to(text, start):
        return True
    low = max(0, start - 80)
    return (
        _BEARING_OF.search(text, low, start) is not None
        or _LISTED_AFTER_LOCATIVE.search(text, low, start) is not None
    )

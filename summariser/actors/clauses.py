"""What the clause after a name says of its kind: a relative pronoun ("Kelbrook, who"), the
pronoun of the clause it reports ("Kelbrook said he", "Orvex said its") or of what it changes
of its own ("Orvex raised its stake"), a verb only people undergo ("was born", "married",
"died") or only bodies do ("was founded"), or an object only a company has ("Ford would cut
prices", "Orvex raised its dividend").

English marks a person apart from a thing in its pronouns (who/which, he/she/his/her against
it/its) and in a few verbs; these are read next to a name nothing else types."""

from __future__ import annotations

import re

from .gazetteer import COUNTRY_BY_NAME
from .model import ActorKind
from .places import PLACES

_S = r"[ \t\u00a0]+"
# ", who" speaks of a person (", which" of any thing: a bill, a town, a firm); not a plural
# verb after it ("Europeans, who are", "Ferrari, who are").
_RELATIVE = re.compile(r",[ \t\u00a0]*(?:who|whom)\b(?![ \t\u00a0]+(?:are|were|have)\b)")
# A singular name that "who" takes back in the plural names many: a team, a body, a band
# ("Vicenza , who are fourth", "Orvex, who have cut jobs", "Kelmont , who had won their last
# three games"); a person takes "who is", "who has", "his" or "her". (Not a question:
# "Ferrari, who are they?")
_PLURAL_RELATIVE = re.compile(
    r",[ \t\u00a0]*who[ \t\u00a0]+(?:are|were|have)\b(?![ \t\u00a0]+(?:they|we|you)\b)"
    r"|,[ \t\u00a0]*who[ \t\u00a0]+(?:had[ \t\u00a0]+|have[ \t\u00a0]+)?[a-z]+[ \t\u00a0]+their\b"
)
# A preposition (and "the") before the name: a relative after it is the head noun's ("the
# attorney general of Florida, whose office", "sufferers at Hebrew Care Home, who").
_PREPOSITION_BEFORE = re.compile(
    r"(?:^|[ \t\u00a0(])(?:of|at|in|from|for|with|to|by|near|on|into)[ \t\u00a0]+"
    r"(?:the[ \t\u00a0]+)?\Z"
)
# A reported clause whose subject pronoun (or possessive) takes the name back: "Kelbrook said
# he would appeal", "Orvex said on Monday its profits rose", "told reporters she".
_REPORTED = re.compile(
    rf"{_S}(?:said|says|told{_S}(?:reporters|journalists|the{_S}[a-z]+)|added|announced)"
    rf"(?:{_S}on{_S}[A-Z][a-z]+)?(?:{_S}that)?{_S}(he|she|his|her|its)\b"
)
# A verb changing what the subject owns, then its owner's pronoun: "Merrill Lynch raised its
# rating", "Orvex cut its forecast on Monday" (a body), "Kelbrook raised his offer" (a person).
CHANGE_VERBS = (
    "raised", "cut", "lowered", "increased", "reduced", "boosted", "lifted", "trimmed",
    "doubled", "halved", "raises", "cuts", "lowers", "increases", "reduces", "boosts", "lifts",
)  # fmt: skip
_CHANGE = rf"{_S}(?:{'|'.join(CHANGE_VERBS)})(?:{_S}on{_S}[A-Z][a-z]+)?{_S}(?P<owner>his|her|its)\b"
# What befalls people only, or is done to bodies only: "Tarvish was born", "Tarvish married",
# "Orvex was founded".
_LIFE = re.compile(
    rf"(?:{_S}(?:was|is|has{_S}been|had{_S}been))?{_S}"
    r"(born|married|divorced|died|buried|founded|incorporated|headquartered|listed)\b"
)
# An object only a company has, after its verb (and a modal, a determiner or a number):
# "Ford would cut prices", "Vantor cut 300 jobs", "Orvex raised its dividend".
_COMPANY_OBJECT = re.compile(
    rf"(?:{_S}(?:will|would|could|may|might|is|was|has|had|plans{_S}to|expects{_S}to))?"
    rf"{_S}([a-z]+){_S}(?:(?:its|the|some|about|[0-9][0-9,.]*){_S}){{0,2}}"
    r"(prices|jobs|dividend|dividends|earnings|workforce|output|staff)\b"
)
# A club deals in players: "Valmora signed defender Kelbrook", "Orvex sacked coach Ferraz".
_CLUB_DEAL = re.compile(
    rf"{_S}(?:signed|bought|sold|sacked|loaned|released){_S}(?:the{_S}|their{_S}|its{_S})?"
    r"(?:[a-z]+-year-old[ \t\u00a0]+)?"
    r"(?:defender|striker|midfielder|goalkeeper|forward|winger|coach|manager|keeper)s?\b"
)
_CLAUSE = re.compile(
    "|".join(
        (
            _REPORTED.pattern.replace("(he|she|his|her|its)", "(?P<pronoun>he|she|his|her|its)"),
            _CHANGE,
            _LIFE.pattern.replace("(born|", "(?P<life>born|"),
            _CLUB_DEAL.pattern,
            _COMPANY_OBJECT.pattern.replace("([a-z]+)", "(?P<verb>[a-z]+)"),
        )
    )
)
_PERSON_WORDS = frozenset({"he", "she", "his", "her"})
_PERSON_VERBS = frozenset({"born", "married", "divorced", "died", "buried"})
# Verbs after which "prices" or "jobs" are not the name's own: it speaks of them.
_NOT_OWNING = frozenset({"said", "says", "told", "added", "expects", "expected", "warned"})


# ", where" speaks of a place ("Chernivtsi, where she grew up"), as ", who" of a person; so
# does a country or a state after a comma, an address's form ("Uppsala, Sweden,"), unless
# "and" follows it: a list ("Scientology, Hollywood, and the Prison of Belief").
_WHERE = re.compile(r",[ \t\u00a0]*where\b")
_ADDRESS = re.compile(
    r",[ \t\u00a0]*(?P<where>[A-Z][\w.]*(?:[ \t\u00a0][A-Z][\w.]*){0,2})"
    r"(?=[.;:)]|\Z|,(?![ \t\u00a0]*and\b)|[ \t\u00a0]+(?!and\b)[a-z])"
)


def clause_kind(text: str, start: int, end: int) -> ActorKind | None:
    """The kind the clause right after the name at ``start:end`` gives it, if any."""
    first = text[end : end + 1]
    # (Wire copy spaces its commas: "Kelbrook , who".)
    comma = end if first == "," else end + 1 if text.startswith(" ,", end) else -1
    if comma >= 0:
        if _WHERE.match(text, comma):
            return "place"
        address = _ADDRESS.match(text, comma)
        if address is not None:
            where = address.group("where")
            if where in COUNTRY_BY_NAME or where in PLACES:
                return "place"
        # (A plural name's "who" is of many people: "Europeans, who".)
        if text[end - 1] == "s":
            return None
        if _PLURAL_RELATIVE.match(text, comma) is not None:
            kind: ActorKind = "organisation"
        elif _RELATIVE.match(text, comma) is not None:
            kind = "person"
        else:
            return None
        return None if _PREPOSITION_BEFORE.search(text[max(0, start - 16) : start]) else kind
    if first not in (" ", "\t", "\u00a0"):
        return None
    match = _CLAUSE.match(text, end)  # (one look-up: this is asked of most names)
    if match is None:
        return None
    pronoun, owner, life, verb = match.group("pronoun", "owner", "life", "verb")
    pronoun = pronoun or owner
    if pronoun is not None:
        return "person" if pronoun in _PERSON_WORDS else "organisation"
    if life is not None:
        return "person" if life in _PERSON_VERBS else "organisation"
    return "organisation" if verb is None or verb not in _NOT_OWNING else None


# A place's word of origin right before a name: a body is based somewhere, a person born.
_ORIGIN_BEFORE = re.compile(r"\w-(based|headquartered|born|bred|raised)[ \t\u00a0]+\Z")


def origin_kind(text: str, start: int) -> ActorKind | None:
    """ "the Chicago-based Orvex" (a body), "Windsor-born Haskell" (a person)."""
    if (
        text[start - 1 : start] not in (" ", "\t", "\u00a0")
        or "-" not in text[max(0, start - 16) : start]
    ):
        return None
    match = _ORIGIN_BEFORE.search(text[max(0, start - 24) : start])
    if match is None:
        return None
    return "organisation" if match.group(1) in ("based", "headquartered") else "person"


# "with Alzheimer's in 2010", "from Parkinson's.": a possessive after "with" or "from" that
# owns nothing (punctuation or a function word follows) names an illness by its eponym.
_WITH_BEFORE = re.compile(r"(?:^|[ \t\u00a0])(?:with|from)[ \t\u00a0]+\Z")
_OWNS_NOTHING = re.compile(
    r"['’]s(?:[ \t\u00a0]*(?:[.,;:!?)]|\Z)|[ \t\u00a0]+(?:in|and|or|since|at|for|but|when|after|"
    r"before|until|with|as)\b)"
)


def ellipsis(text: str, start: int, end: int) -> bool:
    """ "diagnosed with Alzheimer's in 2010": an eponym standing for its illness, no actor."""
    return (
        _OWNS_NOTHING.match(text, end) is not None
        and _WITH_BEFORE.search(text[max(0, start - 8) : start]) is not None
    )


# The next sentence's subject "He" or "She", when nothing capitalised stands between: it
# takes back the name that opened the sentence before ("Kelbrook denied the charges. He will
# appear in court").
_NEXT_SUBJECT = re.compile(r"[^.!?\n]{0,160}?[.!?][\"'”’]?[ \t\u00a0]+(?:He|She)\b")


def next_subject(text: str, end: int) -> bool:
    """Whether the sentence a name opens (ending at ``end``) is followed by one whose subject
    is "He" or "She", with no other name between to take it."""
    match = _NEXT_SUBJECT.match(text, end)
    if match is None:
        return False
    between = text[end : match.end() - 3]
    return not any(c.isupper() for c in between)


def vote(kinds: list[ActorKind | None]) -> ActorKind | None:
    """The kind most of a name's mentions give (one name, one kind across the article); none
    on a tie."""
    person, body, place = (
        kinds.count("person"),
        kinds.count("organisation"),
        kinds.count("place"),
    )
    if person > body and person > place:
        return "person"
    if body > person and body > place:
        return "organisation"
    return "place" if place > person and place > body else None

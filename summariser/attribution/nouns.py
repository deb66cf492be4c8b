"""Owned reporting nouns as cues: "Trump's claim that ...", "his obsession with ...", and
owned nouns of thought as the subject of a copula: "Her view is that ..."."""

from __future__ import annotations

import logging

from summariser.attribution.content import make_found, trim
from summariser.attribution.dated import TIME_OPENERS, time_end
from summariser.attribution.lexicon import AUXILIARIES, BE_FORMS, NOUN_CUES, words
from summariser.attribution.model import Found
from summariser.attribution.phrases import is_content_word, np_left, np_right, plural_possessive
from summariser.attribution.segment import QUOTES, Doc

logger = logging.getLogger(__name__)

# Words that open the content of an owned reporting noun: "his claim that", "her views on".
_NOUN_FOLLOWERS = words("that to : about of on for against with over")
_OWNER_PRONOUNS = words("his her their its our my")
# Nouns of thought and speech that, owned and followed by a copula and a clause, state the
# owner's proposition: "Her position is that ...", "the senator's bet was that ...", "his
# first instinct is to ...". The copula's complement is what the owner holds, whatever the
# noun; these are the nouns news uses so.
PREDICATE_NOUNS: frozenset[str] = words(
    """
    position view views argument message point concern hope fear worry belief bet case
    stance thinking answer response reply explanation excuse theory take contention complaint
    objection assessment conclusion verdict instinct reaction feeling sense guess assumption
    premise pitch promise goal aim plan wish intention line advice warning claim suggestion
    """
) | words(
    # What a court, jury or inquiry decides or finds: "the judge's ruling was that ...".
    "ruling finding findings decision judgment judgement holding opinion testimony"
)
_PREDICATE_OPENERS = words("that to")
# Reporting nouns and their plurals with the source after "by" and the content after it: "the
# claim by the ministry that ...", "warnings by scientists that ..." (the plurals only so: as
# owned nouns they mostly point back, "his warnings").
BY_NOUNS: frozenset[str] = frozenset(
    {noun + "s" for noun in NOUN_CUES if noun[-1] not in "sy"} - NOUN_CUES - PREDICATE_NOUNS
)


def _owner(doc: Doc, noun: int, lo: int) -> int | None:
    """The owner token of an owned noun ("his", "Trump's"), over one modifier ("her main
    argument", "Obama's gut reaction"), or None."""
    for owner in (noun - 1, noun - 2):
        if owner < lo:
            return None
        low = doc.lowers[owner]
        if low in _OWNER_PRONOUNS or low.endswith(("’s", "'s")):
            return owner
        if not (doc.words[owner][0].islower() and is_content_word(doc, owner)):
            return None
    return None


def _owner_start(doc: Doc, owner: int, lo: int) -> int:
    """First token of the owner phrase ending at ``owner``: "his", "The governor's"."""
    if doc.lowers[owner] in _OWNER_PRONOUNS:
        return owner
    start = np_left(doc, owner, lo)  # (0 is a start: no ``or``)
    return owner if start is None else start


def _predicate(doc: Doc, noun: int, number: int) -> Found | None:
    """ "Her position is that ...": an owned noun of thought, a copula and a clause."""
    lo, hi, _ = doc.sentences[number]
    if noun + 2 >= hi or doc.lowers[noun + 1] not in BE_FORMS:
        return None
    opener = noun + 2
    if doc.lowers[opener] not in _PREDICATE_OPENERS and doc.words[opener] not in QUOTES:
        return None
    owner = _owner(doc, noun, lo)
    if owner is None:
        return None
    found = make_found(
        doc,
        noun,
        noun + 2,
        (_owner_start(doc, owner, lo), owner),
        trim(doc, opener, hi),
        number,
        None,
    )
    if found is not None:
        # Inside another's content ("X suggests that Mexico's best argument is that ...") the
        # owner's view is what X said.
        found.weak = True
    return found


def _by_agent(doc: Doc, noun: int, number: int) -> Found | None:
    """ "The claim by the ministry that prices fell": the agent after "by" is the source and
    the clause after it the content; a "that" followed by a verb opens a relative clause
    ("a statement by the ministry that was released Monday"), not the content."""
    hi = doc.sentences[number][1]
    end = np_right(doc, noun + 2, hi, appositive=False)
    if end is None or end + 1 >= hi or doc.lowers[end] not in _PREDICATE_OPENERS:
        return None
    if doc.lowers[end] == "that" and doc.lowers[end + 1] in AUXILIARIES:
        return None
    return make_found(doc, noun, noun + 1, (noun + 2, end - 1), trim(doc, end, hi), number, None)


def noun_cue(doc: Doc, noun: int, number: int) -> Found | None:
    """ "Trump's claim that ...", "his promise to ...": an owned reporting noun with content."""
    lo, hi, _ = doc.sentences[number]
    if noun + 2 < hi and doc.lowers[noun + 1] == "by":
        found = _by_agent(doc, noun, number)
        if found is not None:
            return found
    if doc.lowers[noun] in BY_NOUNS:
        return None  # (plurals report only with their agent)
    if noun - 1 < lo or noun + 1 >= hi:
        return None
    if doc.lowers[noun] in PREDICATE_NOUNS:
        found = _predicate(doc, noun, number)
        if found is not None or doc.lowers[noun] not in NOUN_CUES:
            return found
    owner = noun - 1
    low = doc.lowers[owner]
    if not (
        low in {"his", "her", "their", "its"}
        or low.endswith(("’s", "'s"))
        or plural_possessive(doc, owner)  # "the campaigners' claim that"
    ):
        return None
    opener = noun + 1
    if doc.lowers[opener] in TIME_OPENERS:
        # the time of the claim before its content: "Vasquez's claim last year that ..."
        opener = time_end(doc, opener, hi) or opener
    follower = doc.lowers[opener] if opener < hi else ""
    if follower not in _NOUN_FOLLOWERS and doc.words[opener : opener + 1] not in (["“"], ['"']):
        return None
    content = trim(doc, opener, hi)
    return make_found(
        doc, noun, noun + 1, (_owner_start(doc, owner, lo), owner), content, number, None
    )


def is_noun_cue(word: str) -> bool:
    """Whether a lowercased token is a reporting noun (or its plural) or a noun of thought."""
    return word in NOUN_CUES or word in PREDICATE_NOUNS or word in BY_NOUNS

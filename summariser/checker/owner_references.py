"""A reference that stands for the party a sentence names as its speaker's owner.

"Tottenham boss Ange Postecoglou said his team had been too passive", "Price's barrister,
Andrew Kaye, said his client had a gambling addiction", "EU foreign policy chief Josep Borrell
said the bloc was ready": the sentence names Tottenham, Price and the EU only as whose the
person is (a title's owner or a possessor), and the reference ("his team", "his client", "the
bloc") names no one else: not a person's role or kin ("his manager", "his wife"); for a
title's owner a body ("his team", "the bloc": a boss's or a chief's party is a body), for a
possessor the speaker's own ("his client", not "the referee"). A claim
that puts the owner's name in the reference's place ("Postecoglou said Tottenham had been too
passive") says what the sentence says. A name the sentence gives in any other role ("... too
passive against Arsenal") is not an owner, so "Postecoglou said Arsenal had been too passive"
stays a name the evidence does not give.
"""

from __future__ import annotations

from ..actors.lexicon import ENTITY_NOUNS, KIN_NOUNS, PERSON_NOUNS
from .descriptions import MAX_TITLE, TITLE_NOUNS, possessive_at
from .features import Tok
from .lexicon import DEFINITE_DETERMINERS  # (what opens a reference to a party)

_POSSESSOR, _TITLE_OWNER = "possessor", "title owner"


def owner_reference(ev: tuple[Tok, ...], text: str, a: int, b: int, mine: frozenset[str]) -> bool:
    """Whether ``ev[a:b]`` (a slot of the sentence whose tokens are ``ev``, in ``text``) is a
    reference with no name in it (its opener in the slot or right before it), and the name
    whose content stems are ``mine`` stands before it in the sentence as a title's owner or a
    possessor of a person's description."""
    middle = ev[a:b]
    # (the opener may be the claim's own word before the slot: "said the bloc" for "said the EU")
    opener = middle[0] if middle and middle[0].norm in DEFINITE_DETERMINERS else ev[max(a - 1, 0)]
    if not middle or opener.norm not in DEFINITE_DETERMINERS or any(t.cap for t in middle):
        return False
    k = 0
    while k < a:
        if ev[k].stem not in mine or not ev[k].cap:
            k += 1
            continue
        end = k
        while end < a and ev[end].stem in mine:
            end += 1
        if {t.stem for t in ev[k:end] if t.content} == mine:
            owns = _owns(ev, text, end - 1, a)
            if owns and _fits(opener, middle[-1], owns):
                return True
        k = end
    return False


def _owns(ev: tuple[Tok, ...], text: str, last: int, limit: int) -> str:
    """How the name ending at ``last`` owns the description of a person named right after it,
    before ``limit``: as a possessor ("Price's barrister, Andrew Kaye"), as the capitalised
    owner of lower-case title words ending in a title noun ("Tottenham boss Ange Postecoglou",
    "EU foreign policy chief Josep Borrell"), or not at all ("")."""
    owned = possessive_at(ev, text, last)
    m = last + 1
    while m < limit and m - last <= MAX_TITLE and ev[m].content and not ev[m].cap:
        m += 1
    if m == last + 1 or m >= limit or not ev[m].cap:
        return ""  # (no description, or no person's name after it)
    if owned:
        return _POSSESSOR
    return _TITLE_OWNER if ev[m - 1].norm in TITLE_NOUNS else ""


def _fits(opener: Tok, head: Tok, owns: str) -> bool:
    """Whether the reference can name the owner: its head noun never a person's role or kin
    ("his manager", "his wife" are someone else); for a title's owner a body's noun ("his
    team", "the bloc"), for a possessor one the speaker's own ("his client", not "the
    referee")."""
    if head.norm in PERSON_NOUNS or head.norm in KIN_NOUNS:
        return False
    if owns == _POSSESSOR:
        return opener.norm != "the"
    return head.norm in ENTITY_NOUNS

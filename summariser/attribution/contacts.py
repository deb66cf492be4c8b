"""Subjects with a contact clause, a relative clause without its pronoun: "Everyone I spoke to
said", "a view echoed by everyone I interviewed"."""

from __future__ import annotations

import logging

from summariser.attribution.clause_heads import head_phrase
from summariser.attribution.content import SUBORDINATORS
from summariser.attribution.dated import DATE_ENDS
from summariser.attribution.lexicon import AUXILIARIES, CUE_FORMS, DETERMINERS, words
from summariser.attribution.phrases import is_content_word
from summariser.attribution.segment import QUOTES, Doc

logger = logging.getLogger(__name__)

_CONTACT_PRONOUNS = words("i we you they he she")
_STRANDED = words("to with about at from for")


def contact_subject(doc: Doc, prev: int, lo: int, *, base: bool) -> tuple[int, int] | None:
    """The subject with a contact clause ending at ``prev``: "Everyone I spoke to", "Most
    people we interviewed" (a relative clause without its pronoun, whose own subject is a
    personal pronoun), when its head opens the clause; else None. After a stranded "to" the
    verb must be finite (not ``base``): "the things they used to say" is an infinitive."""
    stranded = doc.lowers[prev] in _STRANDED
    verb = prev - 1 if stranded else prev
    pronoun = verb - 1
    if pronoun - 1 < lo or doc.lowers[pronoun] not in _CONTACT_PRONOUNS:
        return None
    if stranded and base and doc.lowers[prev] == "to":
        return None
    if not (doc.words[verb].isalpha() and doc.words[verb].islower()):
        return None
    if doc.lowers[verb] in AUXILIARIES:
        return None
    head = head_phrase(doc, pronoun - 1, lo)
    return None if head is None else (head, prev)


def contact_tail(doc: Doc, end: int, hi: int) -> int:
    """One past a contact clause that follows a noun phrase ending before ``end`` ("everyone
    I interviewed", "the people we spoke to"), else ``end``."""
    if doc.words[end - 1] == "I":
        end -= 1  # (read as a capitalised word of the phrase)
    if end + 1 >= hi or doc.lowers[end] not in _CONTACT_PRONOUNS:
        return end
    verb = doc.words[end + 1]
    if not (verb.isalpha() and verb.islower()) or doc.lowers[end + 1] in AUXILIARIES:
        return end
    stop = end + 2
    if stop < hi and doc.lowers[stop] in _STRANDED and not doc.words[stop + 1][0].isalnum():
        stop += 1  # "the people we spoke to."
    return stop


def contact_relative(doc: Doc, pronoun: int, lo: int, cue_end: int, hi: int) -> bool:
    """Whether the subject pronoun at ``pronoun`` opens a relative clause without its relative
    word, after the common noun that is its verb's object: "credit cards in the mail they never
    asked for", "read the two guides I wrote". A noun at the end of a phrase that opens the
    clause is the head only when the verb after the pronoun has lost its object ("The four
    loopholes he cited are ..."): else the phrase is a fronted adverbial or the subject ("On
    the video she reveals her process", "This time we are talking about money"). Not after a
    time ("Last week he said") or a subordinator ("unless we recognize"), nor when the verb
    has a clause or quotation of its own."""
    prev = pronoun - 1
    if prev < lo or doc.lowers[pronoun] not in _CONTACT_PRONOUNS:
        return False
    if doc.words[pronoun][0].isupper() and doc.words[pronoun] != "I":
        return False  # ("... to pay its bills He said": a sentence whose stop is missing)
    if cue_end < hi and (doc.lowers[cue_end] in _CLAUSE_STARTS or doc.words[cue_end] in QUOTES):
        return False  # the verb has its content: "... prime minister she said that ..."
    if doc.lowers[lo] in SUBORDINATORS and "," not in doc.words[lo:pronoun]:
        return False  # ("When she asked her daughter about the phone she said")
    word, low = doc.words[prev], doc.lowers[prev]
    if not (word.isalpha() and word.islower()) or low in DATE_ENDS or low in SUBORDINATORS:
        return False
    if not is_content_word(doc, prev) or low.endswith("ly") or low in CUE_FORMS:
        return False
    first = prev
    while first - 1 >= lo and (
        is_content_word(doc, first - 1)
        or doc.lowers[first - 1] in DETERMINERS
        or doc.lowers[first - 1] in _PREPOSITIONS
    ):
        first -= 1
    opening = (
        first == lo
        or doc.lowers[first - 1] in _CLAUSE_OPENERS
        or not doc.words[first - 1][0].isalnum()
    )
    if not opening:
        return True  # (a noun after its clause's verb: "read the two guides I wrote")
    if doc.lowers[first] in _PREPOSITIONS or doc.lowers[first] in SUBORDINATORS:
        return False
    return _gap(doc, cue_end, hi)


_CLAUSE_OPENERS = words("and but or so")
# Words that open a verb's content: a clause, a question, a quotation.
_CLAUSE_STARTS = words("that why how what whether if where when who :") | _CONTACT_PRONOUNS
_GAP_WORDS = words("and or but") | AUXILIARIES
_GAP_STOPS = frozenset({",", ".", ";", ")", "—", "--", "?", "!"})
_PREPOSITIONS = words("in on at for with from by to about of during after before since through")


def _gap(doc: Doc, at: int, hi: int) -> bool:
    """Whether the verb ending before ``at`` has no object or content of its own: the clause
    ends, or goes on with another verb or a conjunction ("he cited are", "asked for or")."""
    return at >= hi or doc.words[at] in _GAP_STOPS or doc.lowers[at] in _GAP_WORDS

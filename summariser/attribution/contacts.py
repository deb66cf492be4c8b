"""Subjects with a contact clause, a relative clause without its pronoun: "Everyone I spoke to
said", "a view echoed by everyone I interviewed"."""

from __future__ import annotations

import logging

from summariser.attribution.lexicon import AUXILIARIES, words
from summariser.attribution.segment import Doc
from summariser.attribution.subjects import head_phrase

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

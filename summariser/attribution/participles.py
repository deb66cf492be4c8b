"""Who speaks for a reporting verb without a subject of its own: a participle after a noun
("footage of Trump saying"), a message ("tweets saying") or a comma, or opening the sentence
("Citing a report, Trump said"), and a verb coordinated after "and" ("she attacked the police
and blamed bias")."""

from __future__ import annotations

import bisect
import logging

from summariser.attribution.content import content_after, make_found, trim
from summariser.attribution.lexicon import (
    ADVERBS,
    AUXILIARIES,
    CUE_FORMS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    VERB_FORMS,
    words,
)
from summariser.attribution.model import Found
from summariser.attribution.phrases import is_content_word, np_right
from summariser.attribution.segment import CLOSE_QUOTES, QUOTES, TOGGLE_QUOTES, Doc

logger = logging.getLogger(__name__)

# Messages that speak for whoever sent them: "a statement saying that ...".
_MESSAGE_NOUNS = words("tweets tweet statement letter email message post posts video ad ads memo")
# Words before a participle that never speak: "from saying", "worth noting".
_NOT_SPEAKERS = words("from despite perhaps worth of for at without by about")


def noun_modifier(doc: Doc, prev: int, cue_end: int, hi: int) -> bool:
    """Whether a participle right after ``prev`` modifies it as a reduced relative clause."""
    low = doc.lowers[prev]
    word = doc.words[prev]
    if not word[0].isalpha() or low in CUE_FORMS or low in _NOT_SPEAKERS or low.endswith("ly"):
        return False
    if not (word[0].isupper() or low in SUBJECT_PRONOUNS - {"it"} or is_content_word(doc, prev)):
        return False
    return cue_end < hi and (
        doc.lowers[cue_end] in {"that", ":"}
        or doc.words[cue_end] in QUOTES
        or doc.words[cue_end] == ","
    )


def after_comma(doc: Doc, prev: int, lo: int) -> bool:
    """Whether token ``prev`` is a comma, or a quotation mark closing after one ('," adding')."""
    word = doc.words[prev]
    if word == ",":
        return True
    closing = word in CLOSE_QUOTES or word in TOGGLE_QUOTES
    return closing and prev - 1 >= lo and doc.words[prev - 1] == ","


def message_before(doc: Doc, prev: int, lo: int) -> int | None:
    """Token of a message noun ending at ``prev``, over a time phrase ("tweets early Friday")."""
    i = prev
    while i > lo and (doc.lowers[i] in TIME_WORDS or doc.lowers[i] in {"early", "late", "on"}):
        i -= 1
    if i - 2 > lo and doc.lowers[i - 1] in {"on", "to"} and doc.words[i][0].isupper():
        i -= 2  # "posted a video on Facebook saying": the platform the message went to
    return i if doc.lowers[i] in _MESSAGE_NOUNS else None


_MAX_COORDINATED = 12  # tokens from a coordinated verb's conjunction back to its subject
_MODALS = words("will would can could shall should may might must")


def coordinated_pronoun(doc: Doc, conj: int, lo: int, *, finite: bool) -> int | None:
    """The pronoun subject of the verb coordinated with the one after ``conj`` ("after she
    attacked the police and blamed bias", "I laughed and said", "who have marched and called
    for"): the nearest personal or relative pronoun before the conjunction whose verb follows
    it (over adverbs), or None (a named subject is the sentence's, found otherwise).
    ``finite``: whether the coordinated verb is a past or -s form, which a modal's verb does
    not share a subject with."""
    for k in range(conj - 1, max(lo, conj - _MAX_COORDINATED) - 1, -1):
        word = doc.words[k]
        if word in QUOTES or word in {";", ":"}:
            return None
        low = doc.lowers[k]
        if low not in SUBJECT_PRONOUNS and low not in RELATIVE_PRONOUNS:
            continue
        if low in RELATIVE_PRONOUNS and doc.words[conj - 1] == ",":
            return None  # "turned to Kennedy, who was sitting behind him, and said": closed
        verb = k + 1
        while verb < conj and doc.lowers[verb] in ADVERBS:
            verb += 1
        nxt = doc.lowers[verb] if verb < conj else ""
        if nxt in _MODALS and finite:
            # "said he would order a review and warned": the tenses differ; "warned" is
            # coordinated with "said".
            return None
        if nxt in AUXILIARIES or nxt in VERB_FORMS or (nxt.endswith("ed") and nxt.isalpha()):
            return k
        return None
    return None


def opening_participle(doc: Doc, cue_first: int, cue_end: int, number: int) -> Found | None:
    """ "Citing an unfounded report, Trump said ...": the subject after the comma speaks."""
    hi = doc.sentences[number][1]
    comma = next((k for k in range(cue_end, min(hi, cue_end + 25)) if doc.words[k] == ","), None)
    if comma is None:
        return None
    end = np_right(doc, comma + 1, hi, appositive=False)
    if end is None or not (
        doc.words[comma + 1][0].isupper() or doc.lowers[comma + 1] in SUBJECT_PRONOUNS
    ):
        return None
    while end - 1 > comma + 1 and (
        doc.lowers[end - 1] in ADVERBS or doc.lowers[end - 1] == "often"
    ):
        end -= 1  # "Trump repeatedly accused": the adverb is not part of the subject
    content = trim(doc, cue_end, comma)
    return make_found(doc, cue_first, cue_end, (comma + 1, end - 1), content, number, None)


def coordinated_base(
    doc: Doc, span: tuple[int, int, int, int], number: int, found: list[Found]
) -> Found | None:
    """The find of a base form after a conjunction, coordinated with a reporting verb: a verb,
    not a noun ("jobs and support for farmers"), when its partner is. ``span``: the
    conjunction, the cue's first token, one past its last, and the clause's end."""
    conj, cue_first, cue_end, hi = span
    partner = _base_partner(doc, conj, number, found)
    if partner is None or cue_end >= hi or not _opens_object(doc, cue_end):
        return None
    content = content_after(doc, cue_end, hi)
    return make_found(
        doc, cue_first, cue_end, partner.source_tokens, content, number, partner.antecedent
    )


def _base_partner(doc: Doc, conj: int, number: int, found: list[Found]) -> Found | None:
    """The find whose verb a base form after the conjunction at ``conj`` is coordinated with:
    the sentence's latest find before it that lies in no other find's content, when its cue
    is a base form too, a present plural or an infinitive ("Obama and Clinton call them
    wolves and describe ...", "took to Twitter to accuse X and encourage Y"): coordinated
    verbs share their form and their subject, when no other base form (an infinitive, a
    modal's verb) stands between them. None when the conjunction ends a list of words
    ("the training, information and support": nouns), or the partner is past or -s ("She
    said we should go and ask"), or there is none (an imperative: "Stop and think")."""
    if conj - 3 >= 0 and doc.words[conj - 2] == "," and is_content_word(doc, conj - 3):
        return None
    start = doc.starts[conj]
    same = [item for item in found if item.sentence == number and item.cue[1] <= start]
    for item in reversed(same):
        if any(
            other.content is not None and other.content[0] <= item.cue[0] < other.content[1]
            for other in same
            if other is not item
        ):
            continue  # (nested: "recommend that parents agree ..., and suggest")
        if item.source_tokens is None:
            return None
        between = doc.lowers[bisect.bisect_left(doc.starts, item.cue[1]) : conj]
        if "to" in between or not _MODALS.isdisjoint(between):
            return None  # a nearer base form: "want to take my time and think it through"
        cue = doc.text[item.cue[0] : item.cue[1]].lower().split()
        form = next((VERB_FORMS[w] for w in reversed(cue) if w in VERB_FORMS), None)
        return item if form is not None and form[1] == "base" else None
    return None


def _opens_object(doc: Doc, i: int) -> bool:
    """Whether token ``i`` can open a verb's object or clause: a word or a quotation, not a
    preposition ("and describe their actions", "and suggest schools teach"; not "and support
    for farmers")."""
    word = doc.words[i]
    if word in QUOTES:
        return True
    return word[0].isalnum() and doc.lowers[i] not in _PREPOSITIONS


_PREPOSITIONS = words("for of to in on at with from by about over into against as")

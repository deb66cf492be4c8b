"""Reporting verbs in the passive: 'as confirmed by the Kremlin', 'was quoted as saying',
'it was reported that ...', and bare participles with an agent ('a paper published by X')."""

from __future__ import annotations

import logging

from summariser.attribution.contacts import contact_tail
from summariser.attribution.content import (
    char_span,
    content_after,
    content_before,
    make_found,
    trim,
)
from summariser.attribution.lexicon import (
    CUE_FORMS,
    DETERMINERS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    VERB_FORMS,
    words,
)
from summariser.attribution.model import Found
from summariser.attribution.phrases import is_content_word, np_left, np_right
from summariser.attribution.segment import Doc
from summariser.attribution.subjects import left_source

logger = logging.getLogger(__name__)

_AGENTLESS_BY = words("phone telephone email e-mail mail text video far")
# Indefinite pronouns as agents: "a view echoed by everyone I interviewed".
_INDEFINITES = words("everyone everybody anyone anybody someone somebody nobody")
# Verbs whose passive with an infinitive reports what unnamed others say or hold: "The
# minister is said to favour ...", "the rebels are believed to hold ..." (not "expected",
# "supposed": forecasts and obligations).
_HEARSAY = words("say report believe think allege claim understand")

_OBJECT_PRONOUNS = words("him her them me us")


def reduced_passive(doc: Doc, verb: int, prev: int | None, hi: int) -> bool:
    """Whether a bare participle after a noun or comma heads a passive with an agent ("a paper
    published shortly before by the centre", "members, called to service by the governor")."""
    if CUE_FORMS[doc.lowers[verb]][0] in {"say", "tell"}:
        return False  # "the spokesman said by phone": these are active after a noun
    if prev is None or not (doc.words[prev] == "," or doc.words[prev][0].islower()):
        return False
    if doc.lowers[prev] in SUBJECT_PRONOUNS or doc.lowers[prev] in RELATIVE_PRONOUNS:
        return False
    for i in range(verb + 1, min(hi - 1, verb + 5)):
        if doc.lowers[i] == "by":
            nxt = doc.words[i + 1]
            # The agent is a name, a determiner's phrase or a plural ("by poverty analysts").
            plural = any(w.endswith("s") and w.isalpha() for w in doc.lowers[i + 1 : i + 3])
            return doc.lowers[i + 1] not in _AGENTLESS_BY and (
                nxt[0].isupper()
                or doc.lowers[i + 1] in DETERMINERS
                or doc.lowers[i + 1] in _INDEFINITES
                or plural
            )
        if not doc.words[i][0].isalnum() or doc.lowers[i] in _OBJECT_PRONOUNS:
            return False  # (a passive takes no object: "The poll showed her ahead by 3 points")
    return False


# Verbs that always take a direct object before their second complement ("accused him of",
# "linked the virus to", "grilled the chief over", "described it as", "urged drivers to",
# "published a report on"): their -ed form right before a preposition has lost its object,
# so it is a passive participle whose noun is the one acted on ("A teacher accused of assault",
# "Sleep loss linked to decline", "Police chief grilled over warnings").
_OBJECT_FIRST = words(
    """
    accuse charge link tie connect compare liken blame criticize criticise praise fault condemn
    slam blast thank commend applaud rebuke chastise lambast grill quiz label dub brand hail
    characterize characterise describe urge invite publish release unveil
    """
)
_SECOND_COMPLEMENTS = words("of to with for on over about as in at from after against into")
# Verbs of stance that need an object too, but whose participle before a preposition is an
# adjective of stance ("opposed to the plan"): only bare, at the end of a clause, they have
# lost their object ("47 percent in favour and 45 percent opposed.").
_STANCE_OBJECT = words("oppose support favor favour back endorse")
_CLAUSE_ENDS = frozenset({".", ",", ";"})
_OBJECT_RELATIVES = RELATIVE_PRONOUNS | words("that whom what")


def object_gap_participle(doc: Doc, verb: int, prev: int | None, lo: int, hi: int) -> bool:
    """Whether a bare "-ed" form at ``verb`` of a verb that needs an object stands right before
    a preposition, or ends its clause, after a noun or comma: a participle, no one's report
    ("people accused of fraud", "45 percent opposed."). Not in an object relative, whose
    subject acts ("the plan, which critics compared to ...", "the cuts he blamed on
    Brussels")."""
    low = doc.lowers[verb]
    if prev is None or verb + 1 >= hi or not low.endswith("ed"):
        return False
    lemma = VERB_FORMS.get(low, ("", ""))[0]
    if doc.words[verb + 1] in _CLAUSE_ENDS:
        if lemma not in _OBJECT_FIRST and lemma not in _STANCE_OBJECT:
            return False
    elif lemma not in _OBJECT_FIRST or doc.lowers[verb + 1] not in _SECOND_COMPLEMENTS:
        return False
    if doc.words[prev] == ",":
        return True  # "Fell, accused of assault, denied it"
    if not doc.words[prev][0].isalnum() or doc.lowers[prev] in SUBJECT_PRONOUNS:
        return False
    start = np_left(doc, prev, lo)
    if start is None:
        return False
    if start > lo and doc.lowers[start - 1] in _OBJECT_RELATIVES:
        return False
    # "a claim Ms Maartens described as": a name right after a common noun is the subject of
    # a relative clause on that noun.
    name = prev
    while name - 1 > start and doc.words[name - 1][0].isupper():
        name -= 1
    return not (
        doc.words[prev][0].isupper()
        and name - 1 >= start
        and doc.words[name - 1][0].islower()
        and doc.lowers[name - 1] not in DETERMINERS
        and is_content_word(doc, name - 1)
    )


def passive_cue(
    doc: Doc, verb: int, cue_first: int, sentence: tuple[int, int], number: int
) -> Found | None:
    """'as confirmed by the Kremlin', 'was reported by X', 'it was reported that ...'."""
    lo, hi = sentence
    by = None
    for i in range(verb + 1, min(hi, verb + 9)):
        if doc.lowers[i] == "by":
            by = i
            break
        if doc.words[i] in {",", ";", ":", "."} or doc.lowers[i] == "that":
            break
    if by is not None:
        end = np_right(doc, by + 1, hi, appositive=False)
        if end is None:
            return None
        end = contact_tail(doc, end, hi)  # "a view echoed by everyone I interviewed"
        quoted = _quoted_as(doc, cue_first, end, sentence, number)
        if quoted is not None:
            return quoted
        source = (by + 1, end - 1)
        before = cue_first - 1 if cue_first - 1 >= lo else None
        if before is not None and doc.lowers[before] == "as":
            before -= 1
        content = None
        if before is not None and before > lo:
            content = content_before(doc, lo, before + 1)
        if content is None:
            content = content_after(doc, end, hi)
        return Found(
            cue=char_span(doc, cue_first, verb + 1),
            source=char_span(doc, source[0], source[1] + 1),
            content=char_span(doc, *content) if content else None,
            sentence=number,
            source_tokens=source,
        )
    said = verb + 2  # "The minister was quoted as saying ...": the subject is the speaker
    if said < hi and doc.lowers[verb + 1] == "as" and cue_first > lo:
        said_form = CUE_FORMS.get(doc.lowers[said])
        left = left_source(doc, cue_first - 1, lo) if said_form and said_form[1] == "ing" else None
        if left is not None:
            content = content_after(doc, said + 1, hi)
            return make_found(doc, cue_first, said + 1, left[0], content, number, None)
    hearsay = _hearsay(doc, verb, cue_first, sentence, number)
    if hearsay is not None:
        return hearsay
    if cue_first - 1 >= lo and doc.lowers[cue_first - 1] == "it":
        content = content_after(doc, verb + 1, hi)
        if content is None or doc.lowers[content[0]] != "that":
            return None
        return Found(
            cue=char_span(doc, cue_first - 1, verb + 1),
            source=None,
            content=char_span(doc, *content),
            sentence=number,
        )
    return None


def _quoted_as(
    doc: Doc, cue_first: int, end: int, sentence: tuple[int, int], number: int
) -> Found | None:
    """ "The minister was quoted by the Times as saying ...": the agent only reports; the
    subject said it, and the cue runs to the "saying"."""
    lo, hi = sentence
    said = end + 1
    if said >= hi or doc.lowers[end] != "as" or cue_first <= lo:
        return None
    said_form = CUE_FORMS.get(doc.lowers[said])
    if said_form is None or said_form[1] != "ing":
        return None
    left = left_source(doc, cue_first - 1, lo)
    if left is None:
        return None
    content = content_after(doc, said + 1, hi)
    return make_found(doc, cue_first, said + 1, left[0], content, number, None)


def _hearsay(
    doc: Doc, verb: int, cue_first: int, sentence: tuple[int, int], number: int
) -> Found | None:
    """'The minister is said to favour ...': no source is named; the cue runs to the "to",
    and the content is the clause from its subject ("The minister ... favour ...")."""
    lo, hi = sentence
    to = verb + 1
    if to + 1 >= hi or doc.lowers[to] != "to" or cue_first <= lo:
        return None
    if CUE_FORMS[doc.lowers[verb]][0] not in _HEARSAY or not doc.words[to + 1].islower():
        return None
    subject = left_source(doc, cue_first - 1, lo)
    content = trim(doc, to + 1 if subject is None else subject[0][0], hi)
    return Found(
        cue=char_span(doc, cue_first, to + 1),
        source=None,
        content=char_span(doc, *content) if content else None,
        sentence=number,
    )

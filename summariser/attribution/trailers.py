"""The content of a reporting clause whose subject comes first: after the verb, or before the
subject when the clause trails its content ('"...," she continued.', "..., the agency said.")."""

from __future__ import annotations

import logging

from summariser.attribution.content import content_after, content_before, only_trailer
from summariser.attribution.lexicon import (
    ADDRESSEE_VERBS,
    AUXILIARIES,
    CUE_FORMS,
    DETERMINERS,
    NP_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SPEECH_LEMMAS,
    TIME_WORDS,
    VERB_FORMS,
    words,
)
from summariser.attribution.phrases import np_right
from summariser.attribution.segment import CLOSE_QUOTES, QUOTES, Doc

logger = logging.getLogger(__name__)

_ARTICLES = words("the a an")
_MAX_TRAILER = 6  # tokens from a closing quotation to the verb that continues it
# Quotation marks of plain or tokenised text ("` ... , ' rubio continued .").
_PLAIN_QUOTES = frozenset({"'", "`", "''", "``"})
# Words that open a complement clause: a subject after one is nested in the clause before.
_COMPLEMENTISERS = words("that")
# Prepositions of a channel, place, time or addressee phrase after a reporting verb ("said in a
# statement,", "told reporters in Geneva,", "said on Tuesday,", "said to reporters.").
_PHRASE_PREPOSITIONS = words("in on at during via through from after before outside following to")
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_MAX_PHRASE = 9  # tokens of such a phrase
_CLAUSE_JOINS = words("and but while although though because as")


def continues_speech(doc: Doc, lo: int, cue_first: int, cue_end: int, hi: int) -> bool:
    """Whether "continued" or "went on" goes on with speech: a quotation or colon after it,
    or a quotation before its subject ('"...," she continued.'; not "The rain continued.")."""
    after = doc.words[cue_end] if cue_end < hi else "."
    if after == ":" or after in QUOTES:
        return True
    if cue_first > lo and _quote(doc, cue_first - 1):
        return True  # inverted after the quotation: '"...," laughed the striker'
    if after not in {",", "."}:
        return False
    if after == "," and cue_end + 1 < hi and doc.words[cue_end + 1] in QUOTES:
        return True  # 'She continued, "For us, ..."'
    # The quotation closes right before the subject: '," the president continued.' (not "...
    # the statement said" and that the show will go on.")
    for k in range(cue_first - 1, max(lo, cue_first - _MAX_TRAILER) - 1, -1):
        if _quote(doc, k):
            return True
        low = doc.lowers[k]
        if low in _CLAUSE_JOINS or low in _COMPLEMENTISERS or low in CUE_FORMS:
            return False
    return False


def subject_content(
    doc: Doc, lemma: str, cue_end: int, hi: int, lo: int, source_first: int
) -> tuple[int, int] | None:
    """Content for a subject-first cue: after it, or before the subject when nothing follows."""
    position = cue_end
    # (a particle ends the cue, not the verb: "warned of heavy rain" names no addressee)
    if lemma in ADDRESSEE_VERBS and position < hi and doc.lowers[cue_end - 1] in VERB_FORMS:
        end = np_right(doc, position, hi, appositive=False)
        if end is not None and _infinitive_at(doc, end, hi):
            end = None  # "urged the union to come back": the addressee is the infinitive's subject
        if end is not None:
            # An article after the addressee opens the content: "told Reuters the deal was
            # close" (not "told the head of the agency").
            position = next(
                (
                    k
                    for k in range(position + 1, end)
                    if doc.lowers[k] in _ARTICLES and doc.lowers[k - 1] not in NP_PREPOSITIONS
                ),
                end,
            )
    trailer = _past_adverbial(doc, position, hi)
    if trailer != position and not _set_off(doc, source_first, lo):
        trailer = position  # past a phrase, only a clause set off from its content trails it
    if (
        trailer != position
        and doc.words[trailer] != ","
        and (lemma not in SPEECH_LEMMAS or doc.lowers[source_first] in RELATIVE_PRONOUNS)
    ):
        # A phrase ending the sentence is an adverbial of speech ("she said after the
        # hearing."); after other verbs it is their object ("I believe in the good sense of"),
        # and a relative clause trails no content ("..., who had pressed him on his taxes.").
        trailer = position
    if (trailer < hi and doc.words[trailer] == ",") or only_trailer(doc, trailer, hi):
        if source_first > lo and _continues_clause(doc, source_first - 1):
            # "The study found that most voters disagree.": nothing of its own, but for a
            # quotation after its comma ("Ritter said she shouted, 'If I had a gun ...'").
            quoted = (
                trailer + 1 < hi
                and doc.words[trailer] == ","
                and _quote(doc, trailer + 1)
                and doc.words[trailer + 1] not in CLOSE_QUOTES
            )
            return content_after(doc, trailer + 1, hi) if quoted else None
        before = content_before(doc, lo, source_first)
        if before is not None:
            return before
    return content_after(doc, position, hi)


def _quote(doc: Doc, at: int) -> bool:
    """Whether token ``at`` is a quotation mark, of typeset or plain text."""
    return doc.words[at] in QUOTES or doc.words[at] in _PLAIN_QUOTES


def _set_off(doc: Doc, first: int, lo: int) -> bool:
    """Whether the subject at ``first`` follows a comma or a quotation mark ('," the ministry')."""
    if first == lo:
        return False
    return doc.words[first - 1] == "," or _quote(doc, first - 1)


_COORDINATORS = words("and but or nor yet")


def _continues_clause(doc: Doc, prev: int) -> bool:
    """Whether the word before a subject ties it into the clause before ("The study found that
    most voters disagree."): then what precedes is not this verb's content but the clause
    this one is nested in. A trailing reporting clause is set off by a comma or a quotation."""
    low = doc.lowers[prev]
    if low in _COMPLEMENTISERS or low in _COORDINATORS:
        return True  # (or a conjunction opens one of its own: "..., and Smith agreed.")
    form = CUE_FORMS.get(low)
    return form is not None and form[1] != "ing" and doc.words[prev][0].islower()


def _past_adverbial(doc: Doc, position: int, hi: int) -> int:
    """The comma after a channel, place or time phrase at ``position`` ("said in a statement,
    adding ...", "said in a June report, and ..."), or the stop after one that ends the sentence
    ("said after the match."), else ``position``: what follows is not the verb's content, so a
    trailing clause's content lies before its subject."""
    if position + 1 >= hi or doc.lowers[position] not in _PHRASE_PREPOSITIONS:
        return position
    nxt = doc.lowers[position + 1]
    if doc.lowers[position] == "to":
        # An addressee: people ("to reporters") or a name ("to the Times", "to MUTV"); a
        # determiner before a common noun opens the verb's object ("objected to his inclusion").
        after = position + 2 if nxt == "the" else position + 1
        if not (
            (nxt.endswith("s") and nxt.isalpha() and nxt not in DETERMINERS)
            or (after < hi and doc.words[after][0].isupper())
        ):
            return position
    elif not (nxt in DETERMINERS or nxt in TIME_WORDS or doc.words[position + 1][0].isupper()):
        return position  # a phrase opens with a determiner, a time or a name
    for k in range(position + 1, min(hi, position + _MAX_PHRASE)):
        word = doc.words[k]
        if word == ",":
            return k if k > position + 1 and _ends_clause(doc, k + 1, hi) else position
        if word in _SENTENCE_ENDS and k == hi - 1:
            # '"...," she said after the hearing.': the phrase ends the sentence (with no
            # name before a word that may be its verb: "admitted on the Channel 5 show ...")
            plain = not any(
                doc.lowers[j] in VERB_FORMS and not doc.lowers[j - 1].islower()
                for j in range(position + 2, k)
            )
            return k if plain else position
        low = doc.lowers[k]
        form = CUE_FORMS.get(low)
        if low == "that" or word in QUOTES or low in AUXILIARIES:
            return position
        if form is not None and form[1] in {"past", "ing"}:
            return position  # a verb: the phrase is a clause ("in a speech she gave, ...")
    return position


def _ends_clause(doc: Doc, at: int, hi: int) -> bool:
    """Whether the reporting clause ends at the comma before ``at``: a participle ("...,
    adding that", "..., sitting in a booth"), a conjunction, an adverbial clause ("..., after
    talks broke down") or phrase ("..., in a deal that ...") follows it, not the rest of a
    quotation ('..., "but ..."') or of the clause it interrupted ("The difference, he told me
    on Friday, is that ...")."""
    if at >= hi:
        return True
    low = doc.lowers[at]
    form = CUE_FORMS.get(low)
    if low in _CLAUSE_JOINS or low in _SUBORDINATORS or (form is not None and form[1] == "ing"):
        return True
    # Any participle's phrase ("sitting in an empty booth"), or a further adverbial phrase
    # ("in a deal that ...", "at a time when ...") trails the clause as well.
    if low.endswith("ing") and len(low) > 5 and doc.words[at].isalpha() and low not in _ING_NOUNS:
        return True
    return (
        low in _TRAILING_PREPOSITIONS
        and at + 1 < hi
        and (doc.lowers[at + 1] in _ARTICLES or doc.lowers[at + 1] in TIME_WORDS)
    )


# Conjunctions that open an adverbial clause after a reporting clause ("..., the union said on
# Thursday, after talks broke down"), prepositions of a further phrase, and -ing words that
# are no participles.
_SUBORDINATORS = words("after before when since until because although though amid despite")
_TRAILING_PREPOSITIONS = words("in at on during following")
_ING_NOUNS = words("nothing something anything everything evening morning during")


def _infinitive_at(doc: Doc, k: int, hi: int) -> bool:
    """Whether an infinitive opens at token ``k`` ("to come back"; not "to the committee")."""
    if k + 1 >= hi or doc.lowers[k] != "to":
        return False
    word = doc.words[k + 1]
    return word.isalpha() and word.islower() and doc.lowers[k + 1] not in _NOT_VERBS


# Words after "to" that open a noun phrase, not an infinitive.
_NOT_VERBS = words("the a an his her their its our my your this that these those all some")

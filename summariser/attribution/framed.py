"""Clauses framed by their channel or viewpoint: 'In a speech Friday, Clinton laid out her
proposals.', 'In the senator's view, the bill is dead.'

A sentence that opens with the channel ("In a statement", "In an interview with X") presents
its subject as a speaker whatever the main verb is, so this rule needs no reporting verb; a
viewpoint frame ("in his view", "in the eyes of X") names whose view the clause states.
"""

from __future__ import annotations

import logging

from summariser.attribution.content import (
    char_span,
    content_after,
    content_before,
    only_trailer,
    trim,
)
from summariser.attribution.lexicon import (
    ADVERBS,
    AUXILIARIES,
    BE_FORMS,
    CUE_FORMS,
    DETERMINERS,
    SENTENCE_ADVERBS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    words,
)
from summariser.attribution.model import Found
from summariser.attribution.phrases import np_right
from summariser.attribution.segment import Doc

logger = logging.getLogger(__name__)

_OWNERS = words("a an his her their its the")
_CHANNEL_HEADS = words(
    """
    statement statements interview interviews speech speeches tweet tweets letter op-ed post
    posts email e-mail essay column memo message video remarks address appearance briefing
    conference editorial
    """
)
_MAX_FRAME = 16  # tokens from "In" to the comma that ends the frame
# Particles kept with the main verb: "laid out", "summed up", "pushed back".
_PARTICLES = words("out up back down off")


def _channel_head(doc: Doc, at: int, hi: int) -> int | None:
    """The channel noun of a frame opened by 'In' at ``at`` ("In a televised speech")."""
    if at + 2 >= hi or doc.lowers[at + 1] not in _OWNERS:
        return None
    return next(
        (k for k in range(at + 2, min(hi, at + 6)) if doc.lowers[k] in _CHANNEL_HEADS), None
    )


def _subject_and_verb(doc: Doc, comma: int, hi: int) -> tuple[int, int] | None:
    """(end of the named subject, main verb) of the clause after ``comma``, or None."""
    first = comma + 1
    end = np_right(doc, first, hi) if first < hi else None
    if end is None or end >= hi:
        return None
    if doc.lowers[first] in SUBJECT_PRONOUNS:
        end = first + 1
    elif doc.lowers[first] in _OWNERS and not doc.words[first + 1][0].isupper():
        # "the chief was blunt": a common noun's phrase ends before the first auxiliary
        # (unknown verbs look like nouns: without one it cannot be told where it ends).
        end = next(
            (k for k in range(first + 2, min(end, first + 4) + 1) if doc.lowers[k] in BE_FORMS),
            0,
        )
        if not end:
            return None
    else:
        # The subject ends at its last capitalised word: unknown verbs look like nouns
        # ("Clinton laid out her proposals" is no noun phrase).
        capitals = [k for k in range(first, end) if doc.words[k][0].isupper()]
        if not capitals:
            return None
        end = capitals[-1] + 1
    verb = end
    while verb < hi and (doc.lowers[verb] in AUXILIARIES or doc.lowers[verb] in ADVERBS):
        verb += 1
    if verb >= hi or not doc.words[verb].isalpha():
        return None
    if not doc.words[verb][0].islower():
        return None
    return end, verb


def in_channel(doc: Doc, at: int, number: int) -> Found | None:
    """'In a statement, X was more circumspect': the subject after the frame is the source.

    Sentences whose main verb is a known reporting verb are left to the verb rules; here the
    cue is the main verb ("laid out", "made"), or the channel itself after a copula.
    """
    lo, hi, _ = doc.sentences[number]
    # The cheap tests first: the frame's channel noun, then only sentence adverbs before it.
    head = _channel_head(doc, at, hi)
    if head is None:
        return None
    if any(doc.lowers[i] not in SENTENCE_ADVERBS for i in range(lo, at)):
        return None
    # Place names hold commas ("In a speech in Fort Pierce, Florida Friday, Clinton ..."): the
    # frame ends at the first comma followed by a subject and a verb.
    commas = [k for k in range(head + 1, min(hi, at + _MAX_FRAME)) if doc.words[k] == ","]
    for comma in commas:
        clause = _subject_and_verb(doc, comma, hi)
        if clause is not None:
            break
    else:
        return None
    first = comma + 1
    end, verb = clause
    if doc.lowers[verb] in CUE_FORMS or (verb + 1 < hi and doc.lowers[verb + 1] in CUE_FORMS):
        return None  # the verb rules handle it ("two Democratic speechwriters implored")
    copula = any(doc.lowers[k] in BE_FORMS for k in range(end, verb))
    if copula and not doc.lowers[verb].endswith(("ed", "ing")):
        # "In a statement, Clinton was more circumspect": the statement carries the stance.
        cue = char_span(doc, at + 1, head + 1)
        content_start = verb
    else:
        cue_end = verb + 1
        if cue_end < hi and doc.lowers[cue_end] in _PARTICLES:
            cue_end += 1
        cue = char_span(doc, end, cue_end)
        content_start = cue_end
    content = content_after(doc, content_start, hi)
    return Found(
        cue=cue,
        source=char_span(doc, first, end),
        content=char_span(doc, *content) if content else None,
        sentence=number,
        source_tokens=(first, end - 1),
    )


# Nouns of viewpoint: "in his view", "in Smith's words", "in the eyes of voters".
_VIEW_NOUNS = words("view opinion words eyes estimation judgment judgement mind telling reckoning")
_VIEW_OWNERS = words("his her their its our my")
_INDEFINITE_HOLDERS = DETERMINERS - {"the", "many", "some", "most"}
# Every noun that ``in_channel`` or ``in_view`` needs in the sentence after its "in" (a channel
# head or a view noun, within four tokens of it and before the sentence's end).
FRAME_NOUNS = _CHANNEL_HEADS | _VIEW_NOUNS


def _owned_view(doc: Doc, at: int, hi: int) -> tuple[int, int, int] | None:
    """(source first, source last, cue last: the view noun) of "in his view", "in the
    senator's own words"."""
    for noun in range(at + 2, min(hi, at + 6)):
        if doc.lowers[noun] not in _VIEW_NOUNS:
            continue
        for owner in (noun - 1, noun - 2):
            low = doc.lowers[owner]
            # The owner opens the frame: "in his view", "in the senator's own words"; not
            # "in the back of my mind".
            opens = owner == at + 1 or (owner == at + 2 and doc.lowers[at + 1] in DETERMINERS)
            if opens and (low in _VIEW_OWNERS or low.endswith(("’s", "'s"))):
                return at + 1, owner, noun
        return None
    return None


def _view_of(doc: Doc, at: int, hi: int) -> tuple[int, int, int] | None:
    """(source first, source last, cue last) of "in the eyes of X", "in the view of X"."""
    noun = at + 2
    if noun + 2 >= hi or doc.lowers[at + 1] != "the" or doc.lowers[noun] not in _VIEW_NOUNS:
        return None
    if doc.lowers[noun + 1] != "of":
        return None
    end = np_right(doc, noun + 2, hi, appositive=False)
    if end is None:
        return None
    if doc.lowers[noun] != "words" and doc.lowers[noun + 2] in _INDEFINITE_HOLDERS:
        return None  # (words are someone's: "in the words of one official")
    return noun + 2, end - 1, noun + 1


def in_view(doc: Doc, at: int, number: int) -> Found | None:
    """'In his view, the bill is dead', 'the bill, in the eyes of voters, is dead': the frame
    is the cue and its owner the source; the clause is the content."""
    lo, hi, _ = doc.sentences[number]
    if _VIEW_NOUNS.isdisjoint(doc.lowers[at + 2 : at + 6]):
        return None  # (the usual case, tested in one pass)
    framed = _owned_view(doc, at, hi) or _view_of(doc, at, hi)
    if framed is None:
        return None
    first, last, cue_last = framed
    stop = max(last, cue_last) + 1
    if all(doc.lowers[i] in SENTENCE_ADVERBS for i in range(lo, at)):
        content = trim(doc, stop, hi)
    elif only_trailer(doc, stop, hi):
        content = content_before(doc, lo, at)
    else:  # a frame inside the clause: the whole sentence is the view
        content = trim(doc, lo, hi)
    return Found(
        cue=char_span(doc, at, cue_last + 1),
        source=char_span(doc, first, last + 1),
        content=char_span(doc, *content) if content else None,
        sentence=number,
        source_tokens=(first, last),
        weak=True,
    )


_VIEW_HOLDERS = words("him her them me us many some most others")
_MAX_HOLDER = 4
# Plural nouns of people by their agent suffixes ("critics", "voters", "economists",
# "residents", "politicians"): a group can hold a view; "To date", "To some extent", "To the
# north" name no one.
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ics", "people")


def _people(low: str) -> bool:
    """Whether a lower-case head names people as holders of a view."""
    return low.endswith(_PEOPLE_ENDINGS) and low not in _NOT_PEOPLE


_NOT_PEOPLE = words("politics economics statistics ethics physics tactics")


def to_view(doc: Doc, number: int) -> Found | None:
    """'To Democrats, the plan is a giveaway': a sentence opened by "To" and the holder of a
    view, then a comma; the holder is a pronoun, a quantifier, a name or a plural noun of
    people ("To critics,"); other common nouns are left alone: "To date,", "To varying
    degrees,", "To win, ..."."""
    lo, hi, _ = doc.sentences[number]
    first = lo + 1
    if first + 1 >= hi or doc.lowers[lo] != "to":
        return None
    end: int | None = first + 1
    if doc.lowers[first] not in _VIEW_HOLDERS or doc.words[first + 1] != ",":
        end = np_right(doc, first, hi, appositive=False)
        if end is None or end >= hi or end - first > _MAX_HOLDER:
            return None
        head = doc.words[end - 1]
        named = head[0].isupper() and doc.lowers[end - 1] not in TIME_WORDS
        # A group is the bare plural or a determiner's phrase ("To critics,", "To many
        # economists,"): "To protect passengers," is an infinitive.
        group = _people(doc.lowers[end - 1]) and (
            end - first == 1 or doc.lowers[first] in DETERMINERS
        )
        if not (named or group):
            return None
    if end is None or end >= hi or doc.words[end] != ",":
        return None
    content = trim(doc, end + 1, hi)
    return Found(
        cue=char_span(doc, lo, lo + 1),
        source=char_span(doc, first, end),
        content=char_span(doc, *content) if content else None,
        sentence=number,
        source_tokens=(first, end - 1),
        weak=True,
    )

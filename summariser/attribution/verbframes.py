"""Frames that make a verb report although it is not a finite reporting verb with a subject:
an infinitive of purpose after taking to a channel ("Jones took to Twitter to blast the
referee", "the minister went on television to defend the cuts"), and a "that"-clause after a
verb mostly of another sense ("maintained that the tax is fair", "posted on Facebook that")."""

from __future__ import annotations

import logging

from summariser.attribution.content import content_after, make_found
from summariser.attribution.dated import TIME_OPENERS, finite_at, time_end
from summariser.attribution.idioms import idiom_end
from summariser.attribution.lexicon import (
    ADVERBS,
    AUXILIARIES,
    CLAUSE_ONLY,
    DETERMINERS,
    IDIOM_VERBS,
    SPEECH_LEMMAS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    VERB_FORMS,
    words,
)
from summariser.attribution.model import Found
from summariser.attribution.phrases import is_content_word, np_right
from summariser.attribution.segment import Doc
from summariser.attribution.subjects import left_source, participle_source

logger = logging.getLogger(__name__)

# Verbs of going to, using or holding a channel, whose purpose infinitive tells what was said
# there: "took to Twitter to", "went on radio to", "used his speech to", "called a news
# conference to", "appeared on Fox News to", "rose in the Senate to".
_TO_CHANNEL = words(
    """
    take takes took taken taking go goes went gone going use uses used using call calls called
    calling hold holds held holding appear appears appeared appearing turn turns turned
    turning rise rises rose risen rising return returns returned returning
    """
)
# Channels: media, platforms and occasions of speech ("Twitter", "the airwaves", "the floor").
_CHANNELS = words(
    """
    twitter facebook instagram youtube tiktok social media radio television tv airwaves
    podium floor microphone microphones blog statement speech conference briefing interview
    op-ed column letter video website news show platform post posts senate house parliament
    chamber commons
    """
)
_MAX_FRAME = 8  # tokens from the verb of going to the "to" of its purpose


def purpose_cue(doc: Doc, verb: int, cue_end: int, number: int, found: list[Found]) -> Found | None:
    """The find of a reporting verb of speech at ``verb`` that is an infinitive of purpose
    after a verb taking its subject to a channel, with something said after it; or None.

    A purpose infinitive shares the main clause's subject; only a channel between the two
    verbs makes it speech there ("went on tour to promote the album" names no channel, and
    "took to the road to find work" has no verb of speech)."""
    lo, hi, _ = doc.sentences[number]
    to = verb - 1
    if VERB_FORMS[doc.lowers[verb]][0] not in SPEECH_LEMMAS:
        return None
    if cue_end >= hi or not doc.words[cue_end][0].isalnum():
        return None  # "took the stage to sing.": nothing said
    for k in range(to - 1, max(lo, to - _MAX_FRAME) - 1, -1):
        word = doc.words[k]
        if not (word[0].isalnum() or word in {"’s", "'s", "-"}):
            return None  # the frame is one phrase: no comma or quotation inside it
        if doc.lowers[k] in _TO_CHANNEL and word[0].islower():
            if _CHANNELS.isdisjoint(doc.lowers[k + 1 : to]):
                return None
            subject = _subject(doc, k, lo, hi, found)
            if subject is None or subject[0] is None:
                return None
            content = content_after(doc, cue_end, hi)
            return make_found(doc, verb, cue_end, subject[0], content, number, subject[1])
    return None


# Verbs that bring their object to do what the infinitive says, and report that it was done:
# "led the journalist to fear", "forced the chief executive to admit", "prompted NATO to
# warn" (not "urged", "asked", "encouraged": what they ask for may not be done).
_CAUSATIVES = words(
    """
    lead leads led leading force forces forced forcing prompt prompts prompted prompting
    compel compels compelled compelling cause causes caused causing drive drives drove driven
    driving spur spurs spurred spurring
    """
)


def caused_cue(doc: Doc, verb: int, cue_end: int, number: int) -> Found | None:
    """ "The hearing forced Stumpf to admit that ...": the object of a causative verb does
    what the reporting infinitive at ``verb`` says, so it is the source; or None."""
    lo, hi, _ = doc.sentences[number]
    to = verb - 1
    for k in range(to - 2, max(lo, to - _MAX_FRAME) - 1, -1):
        if doc.lowers[k] in _CAUSATIVES and doc.words[k][0].islower():
            if np_right(doc, k + 1, hi, appositive=False) != to:
                return None
            content = content_after(doc, cue_end, hi)
            return make_found(doc, verb, cue_end, (k + 1, to - 1), content, number, None)
        if not (doc.words[k][0].isalnum() or doc.words[k] in {"’s", "'s", "-"}):
            return None
    return None


_Span = tuple[int, int]


def _subject(
    doc: Doc, verb: int, lo: int, hi: int, found: list[Found]
) -> tuple[_Span | None, _Span | None] | None:
    """(subject, antecedent of a relative pronoun) of the verb of going at ``verb``: left of
    its auxiliaries, or the clause's subject after "and" or a participle's comma ("...,
    taking to Twitter to ...")."""
    first = verb
    while first - 1 >= lo and (
        doc.lowers[first - 1] in AUXILIARIES or doc.lowers[first - 1] in ADVERBS
    ):
        first -= 1
    if first == lo:
        return None
    prev = first - 1
    if doc.lowers[prev] in {"and", "but"} or (
        doc.words[prev] == "," and doc.lowers[verb].endswith("ing")
    ):
        return participle_source(doc, lo, hi, found), None
    return left_source(doc, prev, lo)


_CHANNEL_PREPOSITIONS = words("on to in")
_MAX_CHANNEL = 4


# Verbs read only in a frame of their own (lexicon.py): idioms and "that"-clause verbs.
FRAMED: frozenset[str] = IDIOM_VERBS | CLAUSE_ONLY


def frame_end(doc: Doc, lemma: str, form: str, verb: int, hi: int) -> int | None:
    """One past the cue of a framed verb at ``verb`` in its frame, or None when it is in its
    other sense here: an idiom's words ("came out against the bill"), or a "that"-clause; a
    bare base form after a name is a noun ("the Immigration Service order that ...")."""
    if lemma in IDIOM_VERBS:
        return idiom_end(doc, lemma, verb + 1, hi)
    if not clause_follows(doc, verb + 1, hi) or (form == "base" and named_before(doc, verb)):
        return None
    return verb + 1


def clause_follows(doc: Doc, at: int, hi: int) -> bool:
    """Whether a "that"-clause with its subject follows at ``at``, over a channel phrase
    ("maintained that the tax is fair", "posted on Facebook that he ..."): a "that" before a
    determiner, pronoun or name opens a clause, not a noun phrase ("maintained that road")."""
    if at < hi and doc.lowers[at] in _CHANNEL_PREPOSITIONS:
        at = next(
            (k for k in range(at + 1, min(hi, at + _MAX_CHANNEL)) if doc.lowers[k] == "that"), hi
        )
    if at + 1 >= hi or doc.lowers[at] != "that":
        return False
    nxt = doc.lowers[at + 1]
    return nxt in DETERMINERS or nxt in SUBJECT_PRONOUNS or doc.words[at + 1][0].isupper()


_PLACE_PREPOSITIONS = words("in on at")
_MAX_PLACE = 8  # tokens of the place phrase, with a time after it
_AFTER_PARTICIPLE = _PLACE_PREPOSITIONS | {"by"}


def reduced_relative(doc: Doc, verb: int, at: int, hi: int) -> bool:
    """Whether the past form at ``verb`` is a participle in a reduced relative of its subject:
    a place phrase and then a finite reporting verb follow ("Research published in Nature
    shows ...": "shows" is the main verb, "published" describes the research).

    Only a regular "-ed" form can be the participle ("said", "wrote" are simple pasts), and a
    past form after the place that has a place or time of its own is another participle ("said
    in a letter published Wednesday that ..."). ``at`` is the token after the verb: most
    verbs fail the first test, on it. A time phrase may stand for the place ("A study
    published last month found ...")."""
    if at >= hi or doc.lowers[at] not in TIME_OPENERS or not doc.lowers[verb].endswith("ed"):
        return False
    dated = False  # (after a participle and its time, an -s form is the main verb)
    if doc.lowers[at] not in _PLACE_PREPOSITIONS:
        end = time_end(doc, at, hi)
        if end is None or end >= hi:
            return False
        if finite_at(doc, end):
            return True
        if doc.lowers[end] not in _PLACE_PREPOSITIONS:
            return False
        at = end  # "Research published last year in a journal suggests"
        dated = True
    for k in range(at + 2, min(hi, at + _MAX_PLACE + 2)):
        form = VERB_FORMS.get(doc.lowers[k])
        if form is not None and doc.words[k][0].islower():
            # A past form, or an -s form after a name ("Nature shows"): an -s or base form
            # after a common noun is as often a noun ("in court documents", "at a campaign stop").
            if k + 1 < hi and (
                doc.lowers[k + 1] in _AFTER_PARTICIPLE or doc.lowers[k + 1] in TIME_WORDS
            ):
                return False
            if form[1] == "past":
                return doc.lowers[k - 1] not in DETERMINERS
            if doc.lowers[k - 1] in TIME_WORDS:
                return True  # "figures published on Thursday show": a time is no compound
            return form[1] == "third" and (dated or doc.words[k - 1][0].isupper())
        if not (
            doc.lowers[k] in DETERMINERS
            or is_content_word(doc, k)
            or doc.lowers[k] in _PLACE_PREPOSITIONS
            or doc.lowers[k] in TIME_WORDS
        ):
            return False  # (a time after the place: "published in the Lancet on Monday")
    return False


def named_before(doc: Doc, verb: int) -> bool:
    """Whether a name, not a pronoun, stands right before ``verb``: a bare base form after a
    singular name is a noun ("the Immigration Service order that ...")."""
    if verb == 0:
        return False
    before = doc.words[verb - 1]
    return before[0].isupper() and doc.lowers[verb - 1] not in SUBJECT_PRONOUNS


# Prepositions that a participle of stance or speech takes ("worried about", "angered by").
_PARTICIPLE_PREPOSITIONS = words("about over by with from at in on for")
_MODALS = words("will would could should might may must can")
# Words that open another clause: a modal after one is that clause's, not the main verb.
_CLAUSE_WORDS = words(
    "that which who whom whose what how whether if and but or because when where while as"
)
_MAX_POSTMODIFIER = 15  # tokens of a participle's phrase before the main verb


def modal_after_participle(doc: Doc, verb: int, at: int, hi: int) -> bool:
    """Whether the "-ed" form at ``verb`` postmodifies the noun before it, its phrase running
    into the main verb's modal: "Americans worried about illegal immigration might stop to
    consider ...", where "might stop" is the clause's verb and "worried" describes the
    subject. Not after a clause word or a pronoun ("worried about what might happen", "warned
    about the risks it might bring")."""
    if at >= hi or doc.lowers[at] not in _PARTICIPLE_PREPOSITIONS:
        return False
    if not doc.lowers[verb].endswith("ed"):
        return False
    for k in range(at + 1, min(hi, at + _MAX_POSTMODIFIER)):
        low = doc.lowers[k]
        if low in _MODALS and doc.words[k][0].islower():
            return doc.lowers[k - 1] not in SUBJECT_PRONOUNS and is_content_word(doc, k - 1)
        if low in _CLAUSE_WORDS or not doc.words[k][0].isalnum():
            return False
    return False


# Prepositions that are only prepositions (not "after", "before", "since", "as": those open a
# clause too, "after the company reported ..."): a noun phrase after one is its object.
_OBJECT_PREPOSITIONS = words(
    "to from of in on at with into onto about over under through among between against via per"
)
_CURRENCIES = frozenset({"£", "€", "$", "¥"})
# What may follow a participle with no object and no agent: a preposition, a time, the
# clause's end ("approved by the governor" names who approved: a passive's own find).
_AFTER_BARE_PARTICIPLE = (_OBJECT_PREPOSITIONS | words("for during last earlier")) | {",", ".", ";"}
_MAX_REACH = 12  # tokens from the preposition back to the verb that governs it


def prepositional_participle(doc: Doc, verb: int, prev: int, lo: int, hi: int) -> bool:
    """Whether the "-ed" form at ``verb`` is a participle describing the object of a
    preposition that a verb governs: "She pointed to a £2bn fund announced in the spring",
    "is lifted from a paper published shortly before". A preposition's object is no verb's
    subject, so the form after it is no finite verb, and the noun is what was announced.

    Not within a subject ("Most of my colleagues agreed", "people on the forum suggested":
    no verb governs the phrase before the clause's start), not after a name ("at a rally in
    Ohio Trump said": a new subject), nor when the form has an object, clause or agent of its
    own."""
    if not doc.lowers[verb].endswith("ed") or verb + 1 >= hi:
        return False
    after = doc.lowers[verb + 1]
    if after not in _AFTER_BARE_PARTICIPLE and not after.endswith("ly"):
        return False
    word = doc.words[prev]
    if not (word.isalpha() and word.islower()) or not is_content_word(doc, prev):
        return False
    if word.endswith("ed"):
        return False  # ("the schools approached agreed to": a participle before the verb)
    k = _phrase_start(doc, prev, lo) - 1  # the token before the phrase
    if k <= lo or doc.lowers[k] not in _OBJECT_PREPOSITIONS:
        return False
    # Back from the preposition to the verb that governs it, over its object, adverbs and
    # further prepositional phrases ("is lifted almost whole cloth from a paper"); a phrase
    # that reaches the clause's start without a verb is (part of) the subject.
    for j in range(k - 1, max(lo, k - _MAX_REACH) - 1, -1):
        low = doc.lowers[j]
        if _governing_verb(doc, j, lo):
            return True
        common = is_content_word(doc, j) and not doc.words[j][0].isupper()
        if not (common or low in DETERMINERS or low in ADVERBS or low in _OBJECT_PREPOSITIONS):
            return False
    return False


def _phrase_start(doc: Doc, last: int, lo: int) -> int:
    """First token of the common noun phrase ending at ``last``: lower-case words, figures and
    currencies back to its determiner."""
    k = last
    while k - 1 >= lo:
        before = k - 1
        if doc.lowers[before] in DETERMINERS:
            return before
        common = is_content_word(doc, before) and not doc.words[before][0].isupper()
        if not (common or doc.words[before] in _CURRENCIES):
            return k
        k = before
    return k


def _governing_verb(doc: Doc, k: int, lo: int) -> bool:
    """Whether token ``k`` is a finite or passive verb that governs the phrase after it: an
    auxiliary's participle ("was based on"), a pronoun's verb ("She points to", "they pointed
    to"); a verb after a noun may be a participle ("every woman surveyed in Paris claimed")
    or a noun ("the plan points") itself."""
    low = doc.lowers[k]
    form = VERB_FORMS.get(low)
    if not doc.words[k][0].islower() or (form is None and not low.endswith("ed")):
        return False
    if form is not None and form[1] in {"base", "third"}:
        return k > lo and doc.lowers[k - 1] in SUBJECT_PRONOUNS
    if k == lo:
        return False
    before = doc.lowers[k - 1]
    return before in SUBJECT_PRONOUNS or before in AUXILIARIES or before.endswith("ly")

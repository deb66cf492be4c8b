"""Whether a word in a reporting-verb slot reads as a verb, a noun or an adverb, from its
neighbours and closed word lists (no tagger): "his tax plan" vs "voters plan to", "the family
said" vs "flatly said", "some believe" vs "some state officials".
"""

from __future__ import annotations

import logging

from summariser.attribution.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    LY_NOUNS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    VERB_FORMS,
    words,
)
from summariser.attribution.phrases import np_left
from summariser.attribution.segment import QUOTES, Doc

logger = logging.getLogger(__name__)

# Lemmas that are as often nouns: as bare base/third forms they need verb-like surroundings.
_NOUN_LIKE = words(
    "plan claim report call promise pledge support question demand estimate charge comment "
    "post tweet vow hope fear worry doubt wish offer order quote reference answer reply "
    "response back project document count address detail outline signal hint "
    "echo counter challenge attack praise dispute threat protest object press direct "
    "command guarantee forecast label joke boast concern figure guess state note remark attack "
    "protest suspect rate rule release appeal veto voice decline"
)

# Quantifiers that can be a whole subject, and the words that may open the clause before one.
_QUANTIFIERS = words("some many most both all few several each others")
_CLAUSE_OPENERS = words("but and while although though yet that as because since when")
# Plural nouns without -s that take a base-form verb ("police say", "5 percent prefer").
# ("data" is a Latin plural: "data from the census show").
_PLURAL_NOUNS = words(
    "people police percent staff public majority that all both some many few data"
)
_PARENTHETICAL = words("however though too meanwhile instead also moreover therefore")
# Lemmas whose past tense is spelled like the base form ("the article read").
_BASE_AS_PAST = words("read")
CONTRACTED = words(
    "he’s she’s it’s they’re we’re i’m you’re he's she's it's they're we're i'm you're "
    "he’d she’d they’d we’d i’d he'd she'd they'd we'd i'd they’ve we’ve i’ve they've "
    "we've i've he’ll she’ll they’ll we’ll i’ll"
)


def reads_as_noun(doc: Doc, prev: int | None, verb: int, cue_end: int, hi: int) -> bool:
    """Whether a bare base/-s form is a noun ("key posts", "his tax plan") rather than a verb."""
    lemma, form = VERB_FORMS[doc.lowers[verb]]
    if prev is not None and doc.words[prev] == "," and _after_parenthetical(doc, prev):
        prev -= 3  # "Some Democrats, however, question ...": the subject is before
    elif prev is not None and doc.words[prev] == ",":
        # "The unions, which fought the bill, support ...": the verb agrees with the head
        # before the relative clause.
        prev = _before_relative(doc, prev)
    if prev is not None:
        low = doc.lowers[prev]
        if low.endswith(("’s", "'s")) and low not in CONTRACTED:
            return True
        if form == "base" and lemma != "say" and _singular_name_phrase(doc, prev, verb):
            return True
        if (
            form == "base"
            and lemma != "say"
            and doc.words[prev][0].islower()
            and not plural_subject(low)
        ):
            # A bare base form needs a plural or personal subject: "reality show", "a leading
            # advocate for", "post-traumatic stress" are nouns; "please read" is imperative.
            # "say" is exempt: "those close to him say", "many of whom say".
            return lemma not in _BASE_AS_PAST
        if doc.words[prev][0].islower() and low.endswith(("ed", "ing")) and lemma != "say":
            # After a participle or adjective in -ed/-ing the form heads a noun phrase:
            # "insulting remarks", "heralded plans", "directed questions".
            return True
    if lemma not in _NOUN_LIKE:
        return False
    if cue_end < hi and (doc.lowers[cue_end] in AUXILIARIES or doc.lowers[cue_end] == "of"):
        return True
    if prev is None:
        return True
    low = doc.lowers[prev]
    word = doc.words[prev]
    if low in SUBJECT_PRONOUNS or low in RELATIVE_PRONOUNS:
        return False
    if (cue_end >= hi or doc.words[cue_end] in {".", "!", "?"}) and (
        word[0].isupper() or plural_subject(low)
    ):
        # A trailing reporting clause: '..., the Journal reports.', '..., teachers fear.';
        # but "... Over Police Shooting Comments." is a noun.
        lo = doc.sentences[doc.sentence_of(verb)][0]
        start = np_left(doc, prev, lo)
        return start is None or start == lo or doc.words[start - 1] not in {",", "”", "''", '"'}
    if word[0].isupper() and prev > 0 and doc.lowers[prev - 1] in {"a", "an"}:
        return True  # "in a June report", "an AP poll": an indefinite phrase names no speaker
    if word[0].isupper():
        # After a name a noun-like form is a verb unless a noun-phrase word follows it
        # ("the New York state attorney general", "Clean Air Act rules before ...").
        return doc.words[cue_end][0].islower() and not complement(doc, cue_end)
    # After a lowercase word a noun-like form is a verb only if a complement follows it
    # ("the poll shows that", "voters want to"), else a compound noun ("key posts").
    if VERB_FORMS[doc.lowers[verb]][1] == "base" and not plural_subject(low):
        return True
    return cue_end >= hi or not complement(doc, cue_end)


def _singular_name_phrase(doc: Doc, prev: int, verb: int) -> bool:
    """Whether token ``prev`` ends a phrase with a singular name that a base form cannot agree
    with, so the form heads a compound ("per the McKinley plan", "Blige's upcoming Apple Music
    show"): the name is capitalised, not in "-s" nor an acronym, and the phrase opens with an
    article or holds a possessive. ("The Democrats plan to", "Smith and Jones say" agree.)"""
    word = doc.words[prev]
    if not word[0].isupper() or word.isupper() or doc.lowers[prev].endswith("s"):
        return False
    lo = doc.sentences[doc.sentence_of(verb)][0]
    start = np_left(doc, prev, lo)
    if start is None or start == prev:
        return False
    return doc.lowers[start] in {"the", "a", "an"} or any(
        doc.lowers[k].endswith(("’s", "'s")) for k in range(start, prev)
    )


_MAX_RELATIVE_CLAUSE = 20  # tokens of a relative clause set off by commas


def _before_relative(doc: Doc, comma: int) -> int:
    """The head before a relative clause in commas that ends at ``comma`` (", who ... ,"),
    else ``comma``."""
    for k in range(comma - 1, max(0, comma - _MAX_RELATIVE_CLAUSE), -1):
        word = doc.words[k]
        if word == ",":
            relative = doc.lowers[k + 1] in {"who", "which"} and doc.words[k - 1][0].isalnum()
            return k - 1 if relative else comma
        if word in QUOTES or word in {".", ";", ":", "!", "?"}:
            return comma
    return comma


def _after_parenthetical(doc: Doc, prev: int) -> bool:
    """Whether token ``prev`` closes an adverb set off by commas (", however,")."""
    words = doc.words
    return (
        prev >= 3
        and words[prev] == ","
        and words[prev - 2] == ","
        and doc.lowers[prev - 1] in _PARENTHETICAL
    )


def plural_subject(low: str) -> bool:
    """Whether a lowercase word can be the subject of a base-form verb ("voters", "they")."""
    if low in SUBJECT_PRONOUNS or low in RELATIVE_PRONOUNS or low in _PLURAL_NOUNS:
        return True
    return low.endswith(("s", "men", "ren")) and not low.endswith(("ss", "ous", "us"))


def complement(doc: Doc, at: int) -> bool:
    """Whether token ``at`` can open a reporting verb's complement ("that", "to", a quote ...)."""
    nxt = doc.lowers[at]
    return (
        nxt in {"that", "to", ":", "what", "how", "why", "whether", "it", "him", "her", "them"}
        or nxt in DETERMINERS
        or nxt in SUBJECT_PRONOUNS
        or doc.words[at] in QUOTES
        or doc.words[at][0].isupper()
    )


def quantifier_subject(doc: Doc, at: int, lo: int) -> bool:
    """Whether a quantifier at token ``at`` stands alone as a clause subject ("some say")."""
    if doc.lowers[at] not in _QUANTIFIERS:
        return False
    return at == lo or doc.lowers[at - 1] in _CLAUSE_OPENERS or doc.words[at - 1] in {",", ";"}


# Quantifiers that float after the subject they quantify ("They all said", "Smith and Jones
# both argued"), and the words after which one does not ("after all", "of both", "that all").
_FLOATING = words("all both each")
_NOT_BEFORE_FLOATING = words(
    "after above at of for in on by with from to into once that this those these it"
)


def floating_quantifier(doc: Doc, at: int, lo: int) -> bool:
    """Whether a quantifier at token ``at`` floats after the subject ending before it."""
    if doc.lowers[at] not in _FLOATING or at - 1 < lo:
        return False
    word, low = doc.words[at - 1], doc.lowers[at - 1]
    if low in _NOT_BEFORE_FLOATING or low in _FLOATING or word in QUOTES:
        return False
    if word.endswith(")") or low in SUBJECT_PRONOUNS or low in RELATIVE_PRONOUNS:
        return True  # "Menendez (D-N.J.) all said", "they both said", "who all said"
    if word[0].isupper():
        return True  # "Republicans and Democrats all agreed"
    return word[0].isalpha() and plural_subject(low) and low not in _QUANTIFIERS


def attributive_participle(doc: Doc, prev: int | None, cue_end: int, hi: int) -> bool:
    """Whether a bare past form between ``prev`` and a noun is an adjective in a noun phrase:
    after a reporting verb's base form ("to disclose detailed records"), which no finite verb
    can follow."""
    if prev is None or cue_end >= hi:
        return False
    nxt = doc.words[cue_end]
    if not (nxt.isalpha() and nxt.islower()) or complement(doc, cue_end):
        return False
    low = doc.lowers[prev]
    return (
        low in VERB_FORMS
        and VERB_FORMS[low][1] == "base"
        and doc.words[prev][0].islower()
        and prev > 0
        and doc.lowers[prev - 1] == "to"
    )


def ly_adverb(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is an -ly adverb ("flatly"), not a noun ("the family", "Kelly")."""
    low = doc.lowers[i]
    if not (low.endswith("ly") and len(low) > 4 and doc.words[i][0].islower()):
        return False
    return low not in LY_NOUNS


# Set phrases in which a verb of saying or knowing reports nothing: discourse markers and
# hedges ("having said that", "needless to say", "you know,", "so to speak"), as (words
# before, the verb, words after).
_MARKERS: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = (
    (("having",), "said", ("that",)),
    (("that",), "said", (",",)),
    (("needless", "to"), "say", ()),
    (("so", "to"), "speak", ()),
    (("to",), "say", ("the", "least")),
    (("suffice", "it", "to"), "say", ()),
    (("goes", "without"), "saying", ()),
    (("that", "is", "to"), "say", ()),
    (("you",), "know", (",",)),
    (("you",), "know", (".",)),
    (("let's",), "say", ()),
    (("let’s",), "say", ()),
    (("all",), "told", (",",)),  # a sum: "All told, 600 took part"
)
# The markers by their verb: the phrases around one verb are tried only at that verb.
_BY_VERB: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
for _before, _verb, _after in _MARKERS:
    _BY_VERB.setdefault(_verb, []).append((_before, _after))
# The word right before each marker verb in some marker: a cheap test that fails for most.
MARKER_PAIRS = frozenset((before[-1], verb) for before, verb, _ in _MARKERS)


def discourse_marker(doc: Doc, verb: int) -> bool:
    """Whether the verb at ``verb`` is part of a set phrase that reports nothing."""
    lowers = doc.lowers
    for before, after in _BY_VERB.get(lowers[verb], ()):
        first, stop = verb - len(before), verb + 1 + len(after)
        if first < 0 or stop > len(lowers):
            continue
        if tuple(lowers[first:verb]) == before and tuple(lowers[verb + 1 : stop]) == after:
            return True
    return False

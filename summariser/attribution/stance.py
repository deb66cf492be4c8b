"""Attributions of stance by a predicate adjective: "Graham has been critical of Trump"."""

from __future__ import annotations

import logging

from summariser.attribution.content import char_span, content_after, verb_clause
from summariser.attribution.lexicon import (
    ADVERBS,
    AUXILIARIES,
    BE_FORMS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    words,
)
from summariser.attribution.model import Found
from summariser.attribution.phrases import np_left
from summariser.attribution.segment import Doc
from summariser.attribution.subjects import left_source

logger = logging.getLogger(__name__)

# Adjectives that report a holder's attitude towards a proposition or a target: of stance,
# of emotion ("afraid that", "incensed that") and of commitment ("noncommittal on").
STANCE_ADJECTIVES: frozenset[str] = words("""
    critical supportive skeptical sceptical confident convinced sure certain optimistic
    pessimistic hopeful adamant wary worried concerned opposed aware unaware proud eager keen
    reluctant determined unsure doubtful angry furious upset frustrated pleased disappointed
    coy vague silent bullish bearish passionate insistent enthusiastic unhappy comfortable
    uncomfortable dismissive fond willing unwilling adamantly outspoken vocal against
    afraid fearful anxious nervous alarmed appalled dismayed troubled disturbed outraged
    incensed indignant delighted thrilled glad sorry grateful thankful satisfied ambivalent
    lukewarm noncommittal emphatic receptive resigned favour favor
    """) | (
    # Agent nouns of stance, as a copula's complement with "of": "is a vocal critic of".
    _AGENT_NOUNS := words("""
    critic critics supporter supporters opponent opponents proponent proponents advocate
    advocates champion champions backer backers defender defenders skeptic skeptics sceptic
    sceptics detractor detractors
    """)
)
# Nouns of stance in a prepositional predicate, with their preposition: "is in favour of".
_PREPOSED = {"favour": "in", "favor": "in"}
# Degree words between the verb and the adjective: "is more passionate", "weren't too concerned".
_DEGREE = words("so too very more less most quite rather increasingly deeply highly fairly all")
# Prepositions that close the cue: "critical of", "concerned about", "bearish on".
_CLOSERS = words("of about on with that over to at")
# A negated stance is a stance: "is not convinced that", "was never comfortable with".
_NEGATIONS = words("not never")
_CONDITIONAL = words("would could might wouldn’t wouldn't couldn’t couldn't ’d 'd")
_CONTRACTED_BE = ("’s", "'s", "’re", "'re", "’m", "'m")
# Adjectives of certainty that raise their infinitive's subject: "the bill is sure to pass"
# says what is likely, not what the bill believes (unlike "sure that", "sure of").
_RAISING = words("sure certain")
_AUXILIARIES_OR_ADVERBS = AUXILIARIES | ADVERBS


def adjective_cue(doc: Doc, adjective: int, number: int) -> Found | None:
    """'SUBJECT be (adverbs) ADJECTIVE (preposition)': the subject holds the stance."""
    lo, hi, _ = doc.sentences[number]
    lo, hi = verb_clause(doc, lo, adjective, hi)  # (a fronted adverbial clause is its own)
    if (
        doc.lowers[adjective] in _RAISING
        and adjective + 1 < hi
        and doc.lowers[adjective + 1] == "to"
    ):
        return None
    i = adjective - 1
    if doc.lowers[adjective] in _AGENT_NOUNS:
        determiner = _agent_determiner(doc, adjective, lo)
        if determiner is None:
            return None
        i = determiner - 1
    preposition = _PREPOSED.get(doc.lowers[adjective])
    if preposition is not None:
        if i < lo or doc.lowers[i] != preposition:
            return None
        i -= 1
    while i >= lo and (
        doc.lowers[i] in _DEGREE or doc.lowers[i] in ADVERBS or doc.lowers[i] in _NEGATIONS
    ):
        i -= 1
    if i < lo:
        return None
    low = doc.lowers[i]
    if low in BE_FORMS or low in {"been", "being"}:
        be_first = i
        while be_first - 1 >= lo and doc.lowers[be_first - 1] in _AUXILIARIES_OR_ADVERBS:
            be_first -= 1
        if not _CONDITIONAL.isdisjoint(doc.lowers[be_first:i]):
            return None  # "he wouldn't be worried about": a supposed stance, not one held
        subject_last = be_first - 1
        cue_first = be_first
    elif low.endswith(_CONTRACTED_BE) and low[: -len(_contraction(low))] in SUBJECT_PRONOUNS:
        # "she’s so frustrated": the pronoun carries the verb.
        return _make(doc, (i, i), i, adjective, number)
    else:
        return None
    if subject_last < lo or doc.lowers[subject_last] == "to":
        return None
    if doc.words[subject_last] == ",":
        # "Some Republicans, including Senator Alexander, were willing to": the subject is
        # before the phrase in commas, as a reporting verb's is.
        left = left_source(doc, subject_last, lo)
        if left is None or left[1] is not None:
            return None
        return _make(doc, left[0], cue_first, adjective, number)
    first = np_left(doc, subject_last, lo)
    if first is None or doc.lowers[first] in RELATIVE_PRONOUNS - {"who"}:
        return None
    return _make(doc, (first, subject_last), cue_first, adjective, number)


def _contraction(low: str) -> str:
    """The contracted copula ending ``low`` ("’re" of "they’re", "'s" of "she's")."""
    return next(c for c in _CONTRACTED_BE if low.endswith(c))


def _make(
    doc: Doc, source: tuple[int, int], cue_first: int, adjective: int, number: int
) -> Found | None:
    """The Found for a stance adjective with its source tokens and cue start, or None when
    nothing follows it."""
    lo, hi, _ = doc.sentences[number]
    hi = verb_clause(doc, lo, adjective, hi)[1]
    cue_end = adjective + 1
    if cue_end < hi and doc.lowers[cue_end] in _CLOSERS:
        cue_end += 1
    if doc.lowers[source[0]] in RELATIVE_PRONOUNS:
        # "X, who is a harsh critic of Y, suggests ...": the relative clause ends at its comma.
        hi = next((k for k in range(cue_end, hi) if doc.words[k] == ","), hi)
    content = content_after(doc, cue_end, hi)
    if content is None:
        return None  # "Her neighbour is less sure.": a mood, with no proposition or target
    return Found(
        cue=char_span(doc, cue_first, cue_end),
        source=char_span(doc, source[0], source[1] + 1),
        content=char_span(doc, *content),
        sentence=number,
        source_tokens=source,
        weak=True,
    )


_AGENT_DETERMINERS = words("a an the no")


def _agent_determiner(doc: Doc, noun: int, lo: int) -> int | None:
    """The determiner of an agent noun of stance followed by "of", over one modifier ("a
    staunch opponent of", "no fan of"), or None: only such a predicate states a stance
    ("Smith, a critic of the plan," is a description)."""
    if noun + 1 >= len(doc.words) or doc.lowers[noun + 1] != "of":
        return None
    for i in (noun - 1, noun - 2):
        if i < lo:
            return None
        if doc.lowers[i] in _AGENT_DETERMINERS:
            return i
        if not (doc.words[i].isalpha() and doc.words[i].islower()):
            return None
    return None

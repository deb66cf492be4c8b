"""Where the attributed content lies relative to a cue: after it, before it, or in a quotation."""

from __future__ import annotations

import bisect
import logging

from summariser.attribution.lexicon import (
    AUXILIARIES,
    CUE_FORMS,
    DETERMINERS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    VERB_FORMS,
    words,
)
from summariser.attribution.model import Found
from summariser.attribution.segment import OPEN_QUOTES, QUOTES, TOGGLE_QUOTES, Doc

logger = logging.getLogger(__name__)

_TRAILING = frozenset({".", "!", "?", ",", ";", ":", "…", "...", "—", "--", "–", "-"})
# Words that may separate a cue from its "that"-clause: time, place and channel adverbials.
_ADVERBIAL = words("""
    on in at during via through over last this next earlier later recently repeatedly again
    a an the his her their its statement interview tweet post posts speech rally briefing
    conference press news email letter video radio television tv broadcast program show
    twitter facebook instagram social media earlier also privately publicly previously
    repeatedly friday monday tuesday wednesday thursday saturday sunday week month year
    morning afternoon evening night today yesterday
    """)
_MAX_GAP = 10


def char_span(doc: Doc, first: int, stop: int) -> tuple[int, int]:
    """Character offsets of tokens ``[first, stop)``."""
    return doc.starts[first], doc.ends[stop - 1]


def trim(doc: Doc, first: int, stop: int) -> tuple[int, int] | None:
    """Tokens ``[first, stop)`` without edge punctuation that is not a quotation mark."""
    while first < stop and doc.words[first] in _TRAILING:
        first += 1
    while stop > first and doc.words[stop - 1] in _TRAILING:
        stop -= 1
    if stop <= first:
        return None
    words = doc.words
    for i in range(first, stop):
        if words[i] not in QUOTES:
            return first, stop
    return None  # nothing but quotation marks


def _clause_end(doc: Doc, position: int, hi: int) -> int:
    """Where content after a cue stops: before ', saying', ', as reported by', ', according to',
    ', said Smith'."""
    commas = doc.commas()
    stop = max(hi - 1, 0)
    for k in range(bisect.bisect_left(commas, position), len(commas)):
        i = commas[k]
        if i >= stop:
            break
        nxt = doc.lowers[i + 1]
        form = CUE_FORMS.get(nxt)
        if (form is not None and form[1] == "ing") or nxt == "according":
            return i
        if (
            form is not None
            and form[1] in {"past", "third"}
            and i + 2 < hi
            and doc.words[i + 2][0].isupper()
        ):
            return i  # ", insists Gerard Pique": an inverted reporting clause of its own
        if nxt == "as" and i + 2 < hi and doc.lowers[i + 2] in CUE_FORMS:
            return i
    return hi


# Subordinators that open an adverbial clause before its main clause ("While a judge found
# that action unconstitutional, the ruling was overturned"); not "as" ("As Smith said, ...":
# its clause points to the main clause as what was said).
SUBORDINATORS = words(
    "while although though because if when whenever since after before unless whereas once until"
)


def verb_clause(doc: Doc, lo: int, verb: int, hi: int) -> tuple[int, int]:
    """The bounds of the clause of the verb at ``verb`` in the sentence [lo, hi): an adverbial
    clause opening the sentence ends at its comma, and the main clause starts after it, so
    what a verb reports stays in its own clause; else the sentence."""
    if doc.lowers[lo] not in SUBORDINATORS:
        return lo, hi
    commas = doc.commas()
    k = bisect.bisect_left(commas, lo)
    if k == len(commas) or commas[k] >= hi - 1:
        return lo, hi
    return (lo, commas[k]) if verb < commas[k] else (commas[k] + 1, hi)


def content_after(doc: Doc, position: int, hi: int) -> tuple[int, int] | None:
    """The content that follows a cue: a "that" clause or quotation (skipping adverbials)."""
    hi = _clause_end(doc, position, hi)
    limit = min(hi, position + _MAX_GAP)
    phrase = False  # inside a prepositional phrase ("in court papers", "in a 40-page opinion")
    nouns = False  # whether that phrase holds a noun outside _ADVERBIAL ("papers", "opinion")
    for i in range(position, limit):
        low = doc.lowers[i]
        if low == "that" or doc.words[i] in OPEN_QUOTES or doc.words[i] in TOGGLE_QUOTES:
            if low == "that" and nouns and not _opens_clause(doc, i + 1, hi):
                break  # "said in a report that was released": a relative clause of its noun
            return trim(doc, i, hi)
        if doc.words[i] == ":":
            return trim(doc, i + 1, hi)
        if doc.words[i] == ",":
            continue
        phrase = phrase or low in _PHRASE_OPENERS
        if low in _ADVERBIAL or low in TIME_WORDS or doc.words[i][0].isupper():
            continue
        if not (phrase and (_phrase_word(doc, i) or _phrase_noun(doc, i, position))):
            break
        nouns = True
    return trim(doc, position, hi)


# Prepositions of a channel, place or time phrase between a cue and its "that"-clause.
_PHRASE_OPENERS = words("in on at during via through after before")


def _phrase_word(doc: Doc, i: int) -> bool:
    """Whether token ``i`` may sit in a prepositional phrase's noun phrase: a lower-case word
    or number that is no verb form and opens no relative clause ("court papers", "a 40-page
    opinion"; not "an interview, which aired Sunday, ...")."""
    word = doc.words[i]
    low = doc.lowers[i]
    return (
        (word[0].isalnum() or word == "-")
        and low not in VERB_FORMS
        and low not in AUXILIARIES
        and low not in RELATIVE_PRONOUNS
    )


# The forms of a verb that a phrase's noun phrase may hold: a noun after its determiner ("in
# a note to clients", "after the hearing"), and a participle after a noun ("in an audio
# message posted online").
_NOUN_FORMS = frozenset({"base", "ing", "third"})


def _phrase_noun(doc: Doc, i: int, position: int) -> bool:
    """Whether token ``i``, a verb form inside a prepositional phrase that started at or after
    ``position``, is a noun after its determiner or a participle after a noun."""
    if i <= position or doc.lowers[i] not in VERB_FORMS:
        return False
    form = VERB_FORMS[doc.lowers[i]][1]
    before = doc.lowers[i - 1]
    if form in _NOUN_FORMS:
        return before in _ARTICLES_AND_OWNERS
    return (
        form == "past"
        and before not in _PHRASE_OPENERS
        and before not in _ARTICLES_AND_OWNERS
        and before not in SUBJECT_PRONOUNS  # "in Moscow he felt": a clause, no participle
        and _phrase_word(doc, i - 1)
    )


_ARTICLES_AND_OWNERS = words("a an the his her their its our my your")


def _opens_clause(doc: Doc, i: int, hi: int) -> bool:
    """Whether token ``i``, after a "that" that ends a prepositional phrase, opens the "that"
    clause's subject: a determiner, pronoun, name or quotation, or a bare noun before its verb
    ("that voters are"); not a relative clause's verb ("in a report that was released") nor a
    demonstrative's noun ("in that spot")."""
    if i >= hi:
        return False
    low = doc.lowers[i]
    if low in AUXILIARIES or _finite(low):
        return False
    if low in DETERMINERS or low in SUBJECT_PRONOUNS or doc.words[i][0].isupper():
        return True
    if doc.words[i] in QUOTES:
        return True
    return i + 1 < hi and (doc.lowers[i + 1] in AUXILIARIES or _finite(doc.lowers[i + 1]))


def _finite(low: str) -> bool:
    """Whether a lower-cased token is a past or -s form of a verb of the lexicon."""
    form = VERB_FORMS.get(low)
    return form is not None and form[1] in {"past", "third"}


def only_trailer(doc: Doc, position: int, hi: int) -> bool:
    """Whether nothing but punctuation and adverbials ("on Thursday") follow ``position``."""
    for i in range(position, hi):
        word = doc.words[i]
        if word in _TRAILING or word in QUOTES:
            continue
        if doc.lowers[i] in _ADVERBIAL or doc.lowers[i] in TIME_WORDS:
            continue
        if word[0].isupper() and i > position and doc.lowers[i - 1] in {"on", "at", "in", "to"}:
            continue
        return False
    return True


def content_before(doc: Doc, lo: int, stop: int) -> tuple[int, int] | None:
    """The content that precedes its source and cue (quotations, "X, he said")."""
    return trim(doc, lo, stop)


def make_found(
    doc: Doc,
    cue_first: int,
    cue_end: int,
    source_tokens: tuple[int, int] | None,
    content: tuple[int, int] | None,
    number: int,
    antecedent: tuple[int, int] | None,
) -> Found | None:
    """Build a Found from token ranges; cue-only finds without a source are dropped."""
    if source_tokens is None:
        return None
    starts = doc.starts
    ends = doc.ends
    return Found(
        (starts[cue_first], ends[cue_end - 1]),
        (starts[source_tokens[0]], ends[source_tokens[1]]),
        (starts[content[0]], ends[content[1] - 1]) if content else None,
        number,
        source_tokens,
        (starts[antecedent[0]], ends[antecedent[1]]) if antecedent else None,
    )

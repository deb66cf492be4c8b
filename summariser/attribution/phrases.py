"""Noun-phrase boundaries for sources, found from token shapes and closed word lists (no tagger)."""

from __future__ import annotations

import logging

from summariser.attribution.lexicon import (
    AUXILIARIES,
    CUE_FORMS,
    DETERMINERS,
    FUNCTION_WORDS,
    LY_NOUNS,
    NP_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SENTENCE_ADVERBS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    words,
)
from summariser.attribution.segment import QUOTES, Doc

logger = logging.getLogger(__name__)

_MAX_NP = 12
_MAX_APPOSITIVE = 24
_ARTICLES = frozenset({"a", "an", "the"})
_APPOSITION_STOPS = frozenset({";", ":", "“", "”", '"', "''", "(", ")", "—", "--", "–", "?", "!"})
_DASH_STOPS = frozenset({"—", "--", "–"})
# Works whose author follows "by" inside the source: "a survey by Gallup".
_AUTHORED = words(
    """survey surveys poll polls study studies analysis analyses report reports review audit
    estimate estimates statement letter memo ruling article editorial column paper tweet post
    video ad book op-ed"""
)
_PEOPLE = words("people police staff public")
_SEATED = words("ministry embassy consulate office government mission bureau headquarters")
# Bodies that take their place's name after "in": "the hospital in Leeds", "a court in Texas".
_PLACED = words(
    """hospital clinic university college school court council department agency company
    firm bank prison"""
)
# Nouns of anonymous sources that take "with" to say how they know: "a person with knowledge
# of the talks", "sources with ties to the army", "two officials with direct knowledge".
_WITH_HEADS = _PEOPLE | words("person source sources official officials insider insiders")
# Adjective-preposition pairs that describe anonymous sources after their noun.
_POSTMODIFIERS = frozenset(
    {("familiar", "with"), ("close", "to"), ("briefed", "on"), ("involved", "in")}
    # how they know: "officials with ties to the army", "a source with access to the files"
    | {("ties", "to"), ("links", "to"), ("access", "to"), ("connections", "to")}
)
# Prepositions that open an adverbial, not a description: "Smith, at a briefing, said".
_ADVERBIAL_OPENERS = frozenset({"in", "on", "at", "during", "after", "before", "via", "through"})
_BARE_PREPOSITIONS = words("in on at by for from with after before during since into")
_PARENTHETICAL_ADVERBS = SENTENCE_ADVERBS | frozenset({"meanwhile", "instead", "too", "though"})


def is_content_word(doc: Doc, i: int) -> bool:
    """Whether token ``i`` can sit inside a noun phrase as a name, noun or adjective."""
    word = doc.words[i]
    first = word[0]
    if not (first.isalnum() or first == "$"):
        if word in {"'", "’"}:
            return plural_possessive(doc, i)
        return word in {"-", "&", "%", "’s", "'s", "/"} or (first == "(" and len(word) > 2)
    low = doc.lowers[i]
    if first.isupper():
        return low not in TIME_WORDS
    if low in FUNCTION_WORDS or low in AUXILIARIES or low in SUBJECT_PRONOUNS:
        return False
    if low in RELATIVE_PRONOUNS:
        return False
    form = CUE_FORMS.get(low)
    if form is None or form[1] not in {"past", "ing"}:
        return True
    # "the ruling", "a finding": an -ing form right after a determiner is a noun.
    return form[1] == "ing" and i > 0 and doc.lowers[i - 1] in {"the", "a", "an"}


# Prepositions of a participle's phrase inside a subject: "people living in poverty".
_AFTER_PARTICIPLE = frozenset({"through", "in", "on", "at", "across", "outside", "near", "along"})
# The prepositions _postmodifier can accept (a cheap test before the call).
_TYING = frozenset({"with", "to", "on", "in", "by"}) | _AFTER_PARTICIPLE


def _postmodifier(doc: Doc, at: int) -> bool:
    """Whether the preposition at ``at`` ties a phrase to the noun before it: "familiar
    with", "close to", "by" after an authored work ("a survey by Gallup"), "in" after a
    group of people ("officials in Beijing", "Democrats in Congress"), a place after a
    participle ("people living in poverty")."""
    before, low = doc.lowers[at - 1], doc.lowers[at]
    if low in _AFTER_PARTICIPLE and before.endswith("ing") and len(before) > 4:
        return doc.words[at - 1][0].islower()  # "protesters marching through the streets"
    if low == "in":
        # and institutions with their seat: "the Foreign Ministry in Moscow"
        return (
            before in _PEOPLE
            or before in _SEATED
            or (before.endswith("s") and not before.endswith("ss"))
            or (before in _PLACED and at + 1 < len(doc.words) and doc.words[at + 1][0].isupper())
        )
    if low == "with" and before in _WITH_HEADS:
        return True
    return (before, low) in _POSTMODIFIERS or (low == "by" and before in _AUTHORED)


def plural_possessive(doc: Doc, i: int) -> bool:
    """Whether the apostrophe at ``i`` ends a plural possessive ("the nurses' union"): it
    touches a word in -s and a word follows after a space."""
    return (
        0 < i < len(doc.words) - 1
        and doc.lowers[i - 1].endswith("s")
        and doc.starts[i] == doc.ends[i - 1]
        and doc.starts[i + 1] > doc.ends[i]
        and doc.words[i + 1][0].isalnum()
    )


def np_left(doc: Doc, last: int, lo: int) -> int | None:
    """First token of the noun phrase ending at token ``last`` (not before ``lo``), or None."""
    low = doc.lowers[last]
    if low in SUBJECT_PRONOUNS or low in RELATIVE_PRONOUNS:
        return last
    if doc.words[last] == ")":
        opening = _matching_open(doc, last, lo)
        if opening is None or opening == lo:
            return None
        last = opening - 1
    if low in DETERMINERS and low not in {"one", "all", "both", "many", "some", "several"}:
        return None
    if not is_content_word(doc, last):
        return None
    first = last
    i = last - 1
    while i >= lo and last - i < _MAX_NP:
        low = doc.lowers[i]
        word = doc.words[i]
        if word == ")":
            opening = _matching_open(doc, i, lo)
            if opening is None:
                break
            i = opening - 1
            continue
        if word in QUOTES and _nickname(doc, i, lo):
            i -= 3  # 'Marcia "Cia" Price': a nickname in quotes belongs to the name
            continue
        if low in DETERMINERS:
            first = i
            if i - 1 >= lo and doc.lowers[i - 1] in NP_PREPOSITIONS:
                i -= 1
                continue
            if i - 2 >= lo and doc.lowers[i - 1] in _TYING and _postmodifier(doc, i - 1):
                i -= 2
                continue
            break
        if low in NP_PREPOSITIONS:
            if i - 1 >= lo and is_content_word(doc, i - 1):
                i -= 1
                continue
            break
        if low in _TYING and i - 1 >= lo and _postmodifier(doc, i):
            i -= 1  # "people familiar with the talks", "a survey by Gallup"
            continue
        if not is_content_word(doc, i) and not (
            i - 1 >= lo and doc.lowers[i - 1] in DETERMINERS and word[0].islower()
        ):
            break  # "this repeated contact": a participle after a determiner is an adjective
        if word[0].isupper() and low in SENTENCE_ADVERBS and (i == lo or low in TIME_WORDS):
            break
        first = i
        i -= 1
    # A leading sentence adverb ("But", "Still") or preposition is never part of the source.
    while first < last and (doc.lowers[first] in SENTENCE_ADVERBS and first == lo):
        first += 1
    while first < last and doc.lowers[first] in NP_PREPOSITIONS:
        first += 1
    if first == last and doc.lowers[first] in _BARE_PREPOSITIONS:
        return None  # "In remarks to reporters, ...": a capitalised preposition names no one
    return first


def _nickname(doc: Doc, close: int, lo: int) -> bool:
    """Whether the quotation mark at ``close`` closes a one-word nickname between a first name
    and a surname ('Marcia "Cia" Price')."""
    words = doc.words
    return (
        close - 3 >= lo
        and close + 1 < len(words)
        and words[close - 2] in QUOTES
        and words[close - 1].isalpha()
        and words[close - 1][0].isupper()
        and words[close - 3][0].isupper()
        and words[close - 3].isalpha()
        and words[close + 1][0].isupper()
    )


def _matching_open(doc: Doc, close: int, lo: int) -> int | None:
    """Index of the "(" that closes at ``close``, looking back at most a few tokens."""
    for i in range(close - 1, max(lo, close - 10) - 1, -1):
        if doc.words[i] == "(":
            return i
    return None


def np_right(doc: Doc, first: int, hi: int, *, appositive: bool = True) -> int | None:
    """One past the last token of the noun phrase starting at ``first``, or None."""
    if first >= hi:
        return None
    low = doc.lowers[first]
    if low in SUBJECT_PRONOUNS:
        return first + 1
    if low in NP_PREPOSITIONS:
        return None
    if not (low in DETERMINERS or is_content_word(doc, first)):
        return None
    end = first + 1
    i = first + 1
    while i < hi and i - first < _MAX_NP:
        low = doc.lowers[i]
        if (
            low in NP_PREPOSITIONS
            and i + 1 < hi
            and (doc.lowers[i + 1] in DETERMINERS or is_content_word(doc, i + 1))
        ):
            i += 1
            continue
        if low in NP_PREPOSITIONS:
            break  # a preposition with no noun after it ends the phrase
        if doc.words[i] == "(":
            close = next((k for k in range(i + 1, min(hi, i + 10)) if doc.words[k] == ")"), None)
            if close is None:
                break
            end = i = close + 1
            continue
        if low in DETERMINERS and doc.lowers[i - 1] in NP_PREPOSITIONS:
            i += 1
            continue
        if i + 2 < hi and doc.lowers[i + 1] in _TYING and _postmodifier(doc, i + 1):
            i += 2  # "two people briefed on the talks", "officials in Kabul"
            continue
        if not is_content_word(doc, i) or low in TIME_WORDS:
            break
        if low.endswith("ed") and doc.words[i][0].islower():
            break  # a past-tense verb ends the subject: "Putin engaged ..."
        end = i = i + 1
    if appositive and end < hi and doc.words[end] == ",":
        end = _appositive_right(doc, end, hi) or end
    return end


def _plural_group(doc: Doc, i: int) -> bool:
    """Whether the lower-case head at ``i`` names a plural group ("police", "officials"); a
    name in -s ("Cummings") is no plural."""
    low = doc.lowers[i]
    if not doc.words[i][0].islower():
        return False
    return low in _PEOPLE or (low.endswith("s") and not low.endswith(("ss", "’s", "'s")))


def _appositive_right(doc: Doc, comma: int, hi: int) -> int | None:
    """End of an appositive after a name ("Chad Bown, an expert on trade at X"), or None."""
    i = comma + 1
    described = i < hi and doc.lowers[i] in DETERMINERS - {"this"}
    affiliation = i < hi and doc.words[i][:1].isupper() and "-" in doc.words[i]
    if not (described or affiliation):
        return None
    if described and doc.lowers[i] in _ARTICLES and _plural_group(doc, comma - 1):
        # An appositive agrees with its head: after "According to police," the singular "the
        # 26-year-old, a native of Leeds," is the clause's subject, not another name for them.
        last = next((k for k in range(i + 1, hi) if doc.words[k] in {",", "."}), hi) - 1
        if doc.lowers[i] != "the" or not doc.lowers[last].endswith("s"):
            return None
    while i < hi and i - comma < _MAX_APPOSITIVE:
        word = doc.words[i]
        if word == "." and affiliation and doc.starts[i] == doc.ends[i - 1]:
            return i + 1  # the affiliation's own full stop: "Schumer, D-N.Y., said"
        if word in {",", "."} or word in _APPOSITION_STOPS:
            return i
        if doc.lowers[i] in {"said", "says", "told", "and", "but"}:
            return None
        i += 1
    return i if i >= hi else None


def appositive_left(doc: Doc, comma: int, lo: int) -> int | None:
    """Start of "NAME, appositive(s)," ending at ``comma`` (the comma before the verb), or None.

    The name must open its clause and the first appositive must describe it ("a former
    minister", "82", "who ...", "chairman of ..."), or a description precede a name.
    """
    for i in range(comma - 1, max(lo, comma - _MAX_APPOSITIVE * 2) - 1, -1):
        word = doc.words[i]
        if word in _APPOSITION_STOPS - _DASH_STOPS:
            return None
        if word not in {","} | _DASH_STOPS or i == comma - 1 or i == lo:
            continue
        head = np_left(doc, i - 1, lo)
        if head is None:
            continue
        if (
            head > lo
            and doc.words[head - 1] not in {",", "“", "”", '"', "''"} | _DASH_STOPS
            and doc.lowers[head - 1] not in {"and", "but", "while", "as", "that", "so"}
        ):
            continue
        opener_word = doc.words[i + 1]
        opener = doc.lowers[i + 1]
        named_head = doc.words[i - 1][0].isupper() or doc.words[i - 1].startswith("(")
        descriptive = (
            opener in DETERMINERS
            or opener in {"who", "whose", "which"}
            or "-" in opener
            or opener_word[0].isdigit()
            or (
                opener_word[0].islower()
                and opener not in AUXILIARIES
                and opener not in _ADVERBIAL_OPENERS
                and CUE_FORMS.get(opener, ("", ""))[1] != "ing"
            )
        )  # ("Smith, speaking to reporters, said": a participle of speech is adverbial)
        # A lone number between commas is an age, and describes a person named or not ("The
        # singer, 34, wrote").
        age = (
            opener_word.isdigit()
            and len(opener_word) <= 3
            and i + 2 == comma
            and doc.words[i - 1].isalpha()
        )
        if (
            (named_head and (descriptive or opener_word[0].isupper()))
            or (not named_head and (opener_word[0].isupper() or age))
            or opener in {"who", "which"}
        ):
            return head
    return None


def _past_parenthetical(doc: Doc, start: int, hi: int) -> int:
    """The token after adverbs set off by commas at ``start`` ("Recently, however, it ..."):
    a sentence adverb or an -ly adverb followed by a comma is never the subject."""
    while start + 1 < hi and doc.words[start + 1] == ",":
        low = doc.lowers[start]
        ly_adverb = low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS
        if not (low in _PARENTHETICAL_ADVERBS or ly_adverb):
            break
        start += 2
    return start


# Prepositions that take a gerund in an adverbial whose subject is its main clause's.
GERUND_OPENERS = frozenset({"without", "despite", "upon", "by", "after", "before", "since"})


def sentence_subject(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject noun phrase that opens a sentence, skipping an introductory phrase."""
    start = lo
    while (
        start < hi
        and doc.lowers[start] in SENTENCE_ADVERBS
        and doc.lowers[start]
        not in {
            "in",
            "on",
            "at",
            "after",
            "before",
            "during",
            "with",
            "while",
            "when",
            "as",
            "if",
            "because",
            "speaking",
            "according",
        }
    ):
        start += 1
    if start < hi and doc.words[start] == ",":
        start += 1
    start = _past_parenthetical(doc, start, hi)
    low = doc.lowers[start] if start < hi else ""
    # (and a preposition with its gerund: "Without mentioning Trump, she said ...")
    gerund = start + 1 < hi and doc.lowers[start + 1].endswith("ing") and low in GERUND_OPENERS
    if low in SENTENCE_ADVERBS or low.endswith(("ing", "ed")) or gerund:
        comma = next((k for k in range(start, min(hi, start + 20)) if doc.words[k] == ","), None)
        if comma is None:
            return None
        start = _past_parenthetical(doc, comma + 1, hi)
    end = np_right(doc, start, hi)
    if end is None:
        return None
    return start, end
